import Foundation
import Psychometrics

/// Wald's sequential probability ratio test applied to IRT classification (Reckase 1983, "A
/// procedure for decision making using tailored testing"; Eggen 1999, "Item selection in
/// adaptive testing with the sequential probability ratio test", Applied Psychological
/// Measurement 23(3)).
///
/// With an indifference region of half-width δ around the cut θ_c, the hypotheses are
/// H₀: θ = θ₁ = θ_c − δ (fail) and H₁: θ = θ₂ = θ_c + δ (pass). After the scored responses
/// u₁…u_n,
///
///     ln LR = Σ_i [u_i·ln(P_i(θ₂)/P_i(θ₁)) + (1 − u_i)·ln(Q_i(θ₂)/Q_i(θ₁))],
///
/// and the test stops with *pass* when ln LR ≥ ln((1 − β)/α), with *fail* when
/// ln LR ≤ ln(β/(1 − α)), where α is the probability of passing a candidate at θ₁ and β of
/// failing one at θ₂ (Wald 1947's bounds A and B).
public struct SequentialProbabilityRatioStop: StoppingRule, Hashable {
    /// Half-width δ of the indifference region.
    public var indifference: Double
    /// Nominal false-pass rate at θ₁.
    public var alpha: Double
    /// Nominal false-fail rate at θ₂.
    public var beta: Double

    public init(indifference: Double = 0.2, alpha: Double = 0.05, beta: Double = 0.05) {
        precondition(indifference > 0, "the indifference half-width must be positive, got \(indifference)")
        precondition(alpha > 0 && alpha < 1 && beta > 0 && beta < 1, "need 0 < α, β < 1")
        self.indifference = indifference
        self.alpha = alpha
        self.beta = beta
    }

    public var requiresCut: Bool { true }

    /// ln LR of the responses for θ₂ = cut + δ against θ₁ = cut − δ.
    public func logLikelihoodRatio(for state: StoppingState, cut: Double) -> Double {
        let lower = cut - indifference
        let upper = cut + indifference
        var sum = 0.0
        for k in state.administered.indices {
            let item = state.administered[k]
            let p1 = state.parameters.probability(ofItem: item, at: lower)
            let p2 = state.parameters.probability(ofItem: item, at: upper)
            sum += state.responses[k] ? log(p2 / p1) : log((1 - p2) / (1 - p1))
        }
        return sum
    }

    public func verdict(for state: StoppingState) -> StopVerdict? {
        guard let cut = state.cut else { return nil }
        let ratio = logLikelihoodRatio(for: state, cut: cut)
        if ratio >= log((1 - beta) / alpha) {
            return StopVerdict(reason: .sequentialProbabilityRatio, decision: .pass)
        }
        if ratio <= log(beta / (1 - alpha)) {
            return StopVerdict(reason: .sequentialProbabilityRatio, decision: .fail)
        }
        return nil
    }
}
