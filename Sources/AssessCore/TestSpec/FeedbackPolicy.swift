/// What a candidate is shown when the attempt ends. Nothing is shown during a test.
public struct FeedbackPolicy: Sendable, Hashable, Codable {
    /// How much is shown; each level includes the ones before it.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        /// Only that the attempt was recorded.
        case none
        /// The score and the decision (pass/fail or mastery label).
        case score
        /// The score and decision, and a breakdown by content area (``FeedbackPolicy/breakdown``):
        /// which objectives, modules or blocks to revisit.
        case breakdown
        /// All of the above, and each item with the candidate's answer, the key and the
        /// rationales. Never for a certification test or a pool with secure items.
        case keysAndRationales = "keys-and-rationales"
    }

    /// How much is shown.
    public var level: Level
    /// The content level of the breakdown (``Level/breakdown`` and above).
    public var breakdown: ContentDimension
    /// In a breakdown of a number-correct test, the areas whose percent correct is below this are
    /// named as ones to revisit; nil leaves the choice to the report (all areas are listed).
    public var revisitBelowPercent: Double?

    public init(level: Level, breakdown: ContentDimension = .objective, revisitBelowPercent: Double? = nil) {
        self.level = level
        self.breakdown = breakdown
        self.revisitBelowPercent = revisitBelowPercent
    }

    /// Whether keys and rationales are revealed after the test.
    public var revealsKeys: Bool { level == .keysAndRationales }
}
