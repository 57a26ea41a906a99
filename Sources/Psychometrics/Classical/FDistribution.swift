import Foundation

/// Snedecor's F distribution with (d1, d2) degrees of freedom: distribution function and
/// quantile, through the regularized incomplete beta function.
public enum FDistribution {
    /// P(F ≤ f) = I_x(d1/2, d2/2) with x = d1·f / (d1·f + d2) (Abramowitz & Stegun 1964, 26.6.2).
    public static func cumulative(_ f: Double, degreesOfFreedom d1: Double, _ d2: Double) -> Double {
        precondition(d1 > 0 && d2 > 0, "FDistribution: degrees of freedom must be positive")
        guard f > 0 else { return 0 }
        return IncompleteBeta.regularized(d1 * f / (d1 * f + d2), d1 / 2, d2 / 2)
    }

    /// The f with P(F ≤ f) = p: f = d2·x / (d1·(1 − x)) with x = I⁻¹_p(d1/2, d2/2).
    public static func quantile(_ p: Double, degreesOfFreedom d1: Double, _ d2: Double) -> Double {
        precondition(p > 0 && p < 1, "FDistribution.quantile: p = \(p) is not in (0, 1)")
        precondition(d1 > 0 && d2 > 0, "FDistribution: degrees of freedom must be positive")
        let x = IncompleteBeta.inverse(p, d1 / 2, d2 / 2)
        return d2 * x / (d1 * (1 - x))
    }
}
