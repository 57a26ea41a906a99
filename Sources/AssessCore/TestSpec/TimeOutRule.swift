/// The rule applied when a test's time runs out.
public enum TimeOutRule: Sendable, Hashable, Codable {
    /// Linear and random-form tests: the attempt is submitted as it stands; unanswered items
    /// score 0.
    case submitAnswered
    /// Adaptive tests: with fewer than the minimum number of scored items answered, the
    /// candidate fails; otherwise the decision is taken on the final θ̂ (pass only if it is at or
    /// above the cut), the same rule as at the maximum length.
    case finalEstimate
    /// Adaptive tests: with fewer than the minimum answered, the candidate fails; otherwise the
    /// candidate passes only if each of the last `count` θ estimates was at or above the cut
    /// (the shape of NCLEX's original "run-out-of-time" rule), so that a candidate who only
    /// lately drifted above the cut does not pass on an unstable estimate.
    case recentEstimates(count: Int)

    /// The rule's name as written in a spec file.
    public var name: String {
        switch self {
        case .submitAnswered: "submit-answered"
        case .finalEstimate: "final-estimate"
        case .recentEstimates: "recent-estimates"
        }
    }
}
