/// How responses are scored.
public enum ScoringMethod: Sendable, Hashable, Codable {
    /// The sum of item scores (1 or 0 per item; multiple-response items by their own rule),
    /// reported raw and as a percent of the scored items.
    case numberCorrect
    /// The IRT ability θ̂ with its standard error, estimated on the items' parameters. The
    /// estimator is the given one, else the adaptive design's, else EAP with the default
    /// ``EstimatorSettings``.
    case theta(estimator: EstimatorSettings?)
    /// No score: a profile of the ratings by competency. Statements rated at or below
    /// `needAtOrBelow` are development needs, and the modules that address them (the items'
    /// `addressed-by`) are named.
    case ratingProfile(needAtOrBelow: Int)

    /// The method's name as written in a spec file.
    public var name: String {
        switch self {
        case .numberCorrect: "number-correct"
        case .theta: "theta"
        case .ratingProfile: "rating-profile"
        }
    }
}
