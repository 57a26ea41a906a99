/// How long a candidate has for a test, measured across interruptions, and what happens when
/// the time runs out.
public struct TimeLimit: Sendable, Hashable, Codable {
    /// Minutes from the first item shown to the end, pauses not counted; positive.
    public var minutes: Int
    /// What ends the attempt and decides its result when the time runs out.
    public var onExpiry: TimeOutRule

    public init(minutes: Int, onExpiry: TimeOutRule) {
        self.minutes = minutes
        self.onExpiry = onExpiry
    }
}
