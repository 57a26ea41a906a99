/// Items a candidate saw in recent attempts, kept off a new attempt.
///
/// The post-test of a module names its pre-test here, so the two forms never share an item; a
/// test names itself (or no test) so that a retake draws fresh items.
public struct SeenItemRule: Sendable, Hashable, Codable {
    /// How strictly seen items are kept off.
    public enum Enforcement: String, Sendable, Hashable, Codable, CaseIterable {
        /// Seen items are never drawn; the validator checks that the pool can still supply the
        /// blueprint after the named tests took their largest possible share.
        case required
        /// Unseen items are drawn first; seen ones (least recently seen first) fill what the
        /// pool cannot otherwise supply. For small banks where a retake must reuse some items.
        case preferred
    }

    /// The ids of the tests whose attempts count; empty means this test (its own retakes).
    public var tests: [String]
    /// Only attempts that ended within this many days count; positive.
    public var withinDays: Int
    /// How strictly the rule holds.
    public var enforcement: Enforcement

    public init(tests: [String] = [], withinDays: Int, enforcement: Enforcement = .required) {
        self.tests = tests
        self.withinDays = withinDays
        self.enforcement = enforcement
    }

    /// The tests whose attempts count, with an empty list read as `ownID`.
    public func tests(ownID: String) -> [String] { tests.isEmpty ? [ownID] : tests }
}
