import AssessCore

/// Where simulated examinees' true θ come from.
public enum AbilityDistribution: Sendable, Hashable {
    /// θ ~ N(mean, sd²), drawn by Box–Muller from each examinee's own generator.
    case normal(mean: Double, standardDeviation: Double)
    /// Equally spaced θ = lower, lower + step, … ≤ upper; examinee i gets point i mod (number
    /// of points), so N examinees cycle through the grid (use N = points × replications for
    /// the same count at every point).
    case grid(ClosedRange<Double>, step: Double)

    /// The grid's points (empty for a normal distribution).
    public var gridPoints: [Double] {
        guard case .grid(let range, let step) = self, step > 0 else { return [] }
        let count = Int(((range.upperBound - range.lowerBound) / step + 1e-9).rounded(.down)) + 1
        return (0..<count).map { range.lowerBound + Double($0) * step }
    }

    var isValid: Bool {
        switch self {
        case .normal(let mean, let sd): mean.isFinite && sd.isFinite && sd > 0
        case .grid(let range, let step):
            range.lowerBound.isFinite && range.upperBound.isFinite && step.isFinite && step > 0
        }
    }

    func theta(examinee: Int, grid: [Double], using generator: inout SplitMix64) -> Double {
        switch self {
        case .normal(let mean, let sd): mean + sd * RandomDraw.standardNormal(using: &generator)
        case .grid: grid[examinee % grid.count]
        }
    }
}
