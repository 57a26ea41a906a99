import Foundation

/// Upper tails of the χ² distribution with one degree of freedom, central and non-central,
/// through the normal distribution (a χ²₁ variable is the square of a normal one).
public enum ChiSquare {
    /// P(χ²₁ > x) = P(|Z| > √x) = erfc(√(x/2)) (Abramowitz & Stegun 1964, 26.4.4 with 7.1.2).
    public static func survivalOneDegree(_ x: Double) -> Double {
        precondition(x >= 0, "ChiSquare: x = \(x) is negative")
        return erfc((x / 2).squareRoot())
    }

    /// P(χ'²₁(λ) > x) for the non-central χ² with one degree of freedom and non-centrality λ:
    /// χ'²₁(λ) = (Z + √λ)², so the tail is Q(√x − √λ) + Q(√x + √λ) with Q the standard normal
    /// upper tail (Johnson, Kotz & Balakrishnan 1995, ch. 29).
    public static func noncentralSurvivalOneDegree(_ x: Double, noncentrality lambda: Double) -> Double {
        precondition(x >= 0 && lambda >= 0, "ChiSquare: x = \(x) or λ = \(lambda) is negative")
        let root = x.squareRoot()
        let shift = lambda.squareRoot()
        return StandardNormal.upperTail(root - shift) + StandardNormal.upperTail(root + shift)
    }
}
