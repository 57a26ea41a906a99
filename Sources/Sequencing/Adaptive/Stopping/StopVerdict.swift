/// A rule's decision to stop.
public struct StopVerdict: Sendable, Hashable {
    public var reason: StopReason
    /// The classification, or nil to let the session classify by θ̂ against the cut.
    public var decision: Decision?

    public init(reason: StopReason, decision: Decision? = nil) {
        self.reason = reason
        self.decision = decision
    }
}
