/// A normal prior N(μ, σ²) for θ, used by the MAP and EAP estimators.
public struct NormalPrior: Sendable, Hashable {
    /// The mean μ.
    public let mean: Double
    /// The standard deviation σ.
    public let standardDeviation: Double

    /// Creates N(mean, standardDeviation²); traps unless both are finite and σ > 0.
    public init(mean: Double, standardDeviation: Double) {
        precondition(mean.isFinite, "prior mean must be finite, got \(mean)")
        precondition(
            standardDeviation.isFinite && standardDeviation > 0,
            "prior standard deviation must be finite and positive, got \(standardDeviation)")
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// The standard normal N(0, 1), the default of catR, ltm and mirt.
    public static let standard = NormalPrior(mean: 0, standardDeviation: 1)

    /// log φ((θ − μ)/σ) up to an additive constant: −(θ − μ)²/(2σ²). The constant cancels in
    /// every use (posterior ratios and modes).
    func logDensityKernel(at theta: Double) -> Double {
        let z = (theta - mean) / standardDeviation
        return -0.5 * z * z
    }

    /// d/dθ of the log density: −(θ − μ)/σ².
    func logDensitySlope(at theta: Double) -> Double {
        -(theta - mean) / (standardDeviation * standardDeviation)
    }

    /// The prior's Fisher information 1/σ², added to the test information in the MAP standard
    /// error.
    var information: Double { 1 / (standardDeviation * standardDeviation) }
}
