/// One item of a mixed-format test: dichotomous (Rasch…4PL) or rating-scale (GRM, GPCM).
public enum TestItem: Sendable, Hashable {
    case dichotomous(DichotomousItem)
    case graded(GradedResponseItem)
    case partialCredit(GeneralizedPartialCreditItem)

    /// Expected item score at θ: P(θ) for a dichotomous item, Σ_k k·P_k(θ) for a rating-scale
    /// item.
    public func expectedScore(at theta: Double, scaling D: Double = ScalingConstant.logistic) -> Double {
        switch self {
        case .dichotomous(let item): item.probability(at: theta, scaling: D)
        case .graded(let item): item.expectedScore(at: theta, scaling: D)
        case .partialCredit(let item): item.expectedScore(at: theta, scaling: D)
        }
    }

    /// Item Fisher information at θ, by each model's own formula.
    public func information(at theta: Double, scaling D: Double = ScalingConstant.logistic) -> Double {
        switch self {
        case .dichotomous(let item): item.information(at: theta, scaling: D)
        case .graded(let item): item.information(at: theta, scaling: D)
        case .partialCredit(let item): item.information(at: theta, scaling: D)
        }
    }

    /// The limits of the expected score as θ → −∞ and θ → +∞: (c, d) for a dichotomous item,
    /// (0, m) for a rating-scale item with categories 0…m.
    public var expectedScoreRange: (lowest: Double, highest: Double) {
        switch self {
        case .dichotomous(let item): (item.c, item.d)
        case .graded(let item): (0, Double(item.maximumScore))
        case .partialCredit(let item): (0, Double(item.maximumScore))
        }
    }
}
