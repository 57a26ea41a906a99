/// Wald's sequential probability ratio test for classification (Reckase 1983; Eggen 1999):
/// with θ₀ = cut − δ and θ₁ = cut + δ, stop with a pass when the log likelihood ratio
/// ln L(θ₁)/L(θ₀) ≥ ln((1 − β)/α), with a fail when it is ≤ ln(β/(1 − α)).
public struct SequentialProbabilityRatioTest: Sendable, Hashable, Codable {
    /// Half-width δ of the indifference region around the cut θ; positive.
    public var indifference: Double
    /// Nominal rate of passing a candidate whose θ is at θ₀ (false pass), in (0, 0.5).
    public var alpha: Double
    /// Nominal rate of failing a candidate whose θ is at θ₁ (false fail), in (0, 0.5).
    public var beta: Double

    public init(indifference: Double, alpha: Double = 0.05, beta: Double = 0.05) {
        self.indifference = indifference
        self.alpha = alpha
        self.beta = beta
    }
}
