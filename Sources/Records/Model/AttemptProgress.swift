/// Where an attempt stands, for resuming it exactly where it stopped.
public struct AttemptProgress: Sendable, Hashable {
    /// One answered item: its position, id and version.
    public struct Answered: Sendable, Hashable {
        public var sequence: Int
        public var itemID: String
        public var itemHash: String
    }

    public var attempt: Recorded<Attempt>
    /// The items answered, in order (sequence 1…n without gaps).
    public var answered: [Answered]
    /// Time used across interruptions: the later of the last checkpoint (pause) and the last
    /// response's running figure.
    public var elapsedMilliseconds: Int

    /// The sequence number the next response takes.
    public var nextSequence: Int { answered.count + 1 }

    /// Time left, when the attempt has a limit (never below 0).
    public var remainingMilliseconds: Int? {
        attempt.value.plan.timeLimitMilliseconds.map { max(0, $0 - elapsedMilliseconds) }
    }

    /// For linear and random forms: the items of the form not answered yet, in order.
    public var remainingItems: [String]? {
        guard let form = attempt.value.plan.form else { return nil }
        let done = Set(answered.map(\.itemID))
        return form.filter { !done.contains($0) }
    }
}
