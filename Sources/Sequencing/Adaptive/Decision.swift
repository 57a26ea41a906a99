/// A classification against the cut.
public enum Decision: String, Sendable, Hashable, Codable, CaseIterable {
    case pass
    case fail
    /// No decision could be made (used for time-outs below the minimum length when the design
    /// says so).
    case incomplete
}
