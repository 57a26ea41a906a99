/// A function of θ to maximise, known through its derivative and, where it has a closed
/// form, its value.
protocol ThetaObjective {
    /// d/dθ of the objective.
    func gradient(at theta: Double) -> Double
    /// The objective up to an additive constant, or nil when only the gradient is known
    /// (Warm's estimating equation for items with guessing has no closed-form integral).
    func value(at theta: Double) -> Double?
}

/// Finds the global maximum of a ``ThetaObjective`` on closed bounds, robust to several local
/// maxima, without allocating.
///
/// - Concave objectives (log-likelihood and log-posterior of 2PL/Rasch items): the gradient
///   decreases, so the maximum is a bound when the gradient does not change sign there, else
///   the unique root of the gradient, found by Brent's method on the whole bounds.
/// - Otherwise (items with c > 0 or d < 1, and WLE): the gradient is scanned on a grid of
///   step at most ``scanStep``. Every local maximum shows as a downward sign change
///   (+ to −) between two grid points, polished by Brent's method inside that cell, or as a
///   bound where the gradient points outward. Each is scored by the objective (or, when
///   only the gradient is known, by its trapezoid integral along the scan) and the largest
///   wins. Two maxima closer than one grid step can be seen as one — the documented
///   resolution limit; 3PL likelihood peaks are much wider than 0.1 for a ≤ 4.
enum ModeSearch {
    /// Largest grid step of the scan for non-concave objectives.
    static let scanStep = 0.1

    /// The maximiser and the number of local maxima found (counting maxima at the bounds).
    static func maximize<Objective: ThetaObjective>(
        _ objective: Objective, on bounds: ClosedRange<Double>, isConcave: Bool
    ) -> (theta: Double, localMaxima: Int) {
        let lower = bounds.lowerBound
        let upper = bounds.upperBound
        let atLower = objective.gradient(at: lower)
        if isConcave {
            if atLower <= 0 { return (lower, 1) }
            let atUpper = objective.gradient(at: upper)
            if atUpper >= 0 { return (upper, 1) }
            let root = BrentRootFinder.root(between: lower, and: upper, valuesAtEnds: (atLower, atUpper)) {
                objective.gradient(at: $0)
            }
            return (root, 1)
        }

        let cells = max(1, Int(((upper - lower) / scanStep).rounded(.up)))
        let width = (upper - lower) / Double(cells)
        var best = BestMaximum()
        var integral = 0.0  // ∫ gradient from `lower` to `previous`, by the trapezoid rule
        var previous = lower
        var previousGradient = atLower
        if atLower <= 0 { best.consider(lower, value: objective.value(at: lower) ?? 0) }
        for cell in 1...cells {
            let theta = cell == cells ? upper : lower + Double(cell) * width
            let gradient = objective.gradient(at: theta)
            if previousGradient > 0 && gradient <= 0 {
                let root =
                    gradient == 0
                    ? theta
                    : BrentRootFinder.root(between: previous, and: theta, valuesAtEnds: (previousGradient, gradient)) {
                        objective.gradient(at: $0)
                    }
                let integralToRoot = integral + 0.5 * previousGradient * (root - previous)
                best.consider(root, value: objective.value(at: root) ?? integralToRoot)
            }
            integral += 0.5 * (previousGradient + gradient) * (theta - previous)
            previous = theta
            previousGradient = gradient
        }
        if previousGradient > 0 { best.consider(upper, value: objective.value(at: upper) ?? integral) }
        return (best.theta, best.count)
    }

    /// The running best of the local maxima met so far.
    private struct BestMaximum {
        var theta = Double.nan
        var value = -Double.infinity
        var count = 0

        mutating func consider(_ theta: Double, value: Double) {
            count += 1
            if value > self.value || self.theta.isNaN {
                self.theta = theta
                self.value = value
            }
        }
    }
}
