/// The confidence-interval classification rule (Kingsbury & Weiss 1983; the NCLEX rule): stop
/// when θ̂ ± z·SE lies wholly above or wholly below the cut θ of the scoring policy, where z is
/// the two-sided normal quantile of ``confidence`` (1.96 for 95%).
public struct ConfidenceClassification: Sendable, Hashable, Codable {
    /// The two-sided confidence level, in (0.5, 1): 0.95 for a 95% interval.
    public var confidence: Double

    public init(confidence: Double = 0.95) {
        self.confidence = confidence
    }
}
