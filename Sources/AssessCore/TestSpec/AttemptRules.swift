/// How often and how soon a candidate may take a test, and which items a new attempt avoids.
public struct AttemptRules: Sendable, Hashable, Codable {
    /// The most attempts a candidate may start (paused attempts are resumed, not restarted);
    /// nil for no limit.
    public var maximumAttempts: Int?
    /// Days a candidate waits after an attempt ends before the next may start; 0 for none.
    public var retakeAfterDays: Int
    /// Whether a candidate who passed may take the test again (false for certification:
    /// "already passed" is refused with the reason).
    public var retakeAfterPass: Bool
    /// Items seen in earlier attempts (of this test or others) that a new attempt leaves out
    /// or avoids.
    public var excludeSeen: [SeenItemRule]

    public init(maximumAttempts: Int? = nil, retakeAfterDays: Int = 0, retakeAfterPass: Bool = true, excludeSeen: [SeenItemRule] = []) {
        self.maximumAttempts = maximumAttempts
        self.retakeAfterDays = retakeAfterDays
        self.retakeAfterPass = retakeAfterPass
        self.excludeSeen = excludeSeen
    }
}
