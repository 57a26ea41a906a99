/// A stored result: the scores of one scoring of an attempt.
///
/// Results are never changed: a rescoring (after a key change) adds a new revision, so the
/// history of every score stays readable. The highest revision is the current result.
public struct AttemptResult: Sendable, Hashable {
    public var attemptID: Int64
    /// 1 for the first scoring, then 2, 3… for each rescoring.
    public var revision: Int
    public var reason: ScoringReason
    /// The key change that caused a rescoring.
    public var keyChangeID: Int64?
    public var scores: Scores
    public var scoredAt: Timestamp

    public init(
        attemptID: Int64, revision: Int, reason: ScoringReason, keyChangeID: Int64? = nil, scores: Scores,
        scoredAt: Timestamp
    ) {
        self.attemptID = attemptID
        self.revision = revision
        self.reason = reason
        self.keyChangeID = keyChangeID
        self.scores = scores
        self.scoredAt = scoredAt
    }
}

/// Why a result was written.
public enum ScoringReason: String, Sendable, Hashable, CaseIterable {
    /// Scored when the attempt was completed.
    case completed
    /// Scored when imported from a results file.
    case imported
    /// Scored again after a key change.
    case rescored
}
