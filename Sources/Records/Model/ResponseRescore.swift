/// A response's new score after a key change. The response itself is never changed; its
/// current score is the latest rescore's, else its own.
public struct ResponseRescore: Sendable, Hashable {
    public var responseID: Int64
    public var keyChangeID: Int64
    public var previousValue: Double?
    public var scoredValue: Double?
    public var rescoredAt: Timestamp

    public init(responseID: Int64, keyChangeID: Int64, previousValue: Double?, scoredValue: Double?, rescoredAt: Timestamp) {
        self.responseID = responseID
        self.keyChangeID = keyChangeID
        self.previousValue = previousValue
        self.scoredValue = scoredValue
        self.rescoredAt = rescoredAt
    }
}
