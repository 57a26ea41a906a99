/// Decides whether an adaptive test may end now (catsim's `Stopper`).
///
/// The session asks its rules in order only once the minimum length is reached and the
/// counts satisfy the blueprint at the current length, so a rule never needs to check either;
/// the maximum length and the time limit are the session's own (see ``AdaptiveStopping``).
public protocol StoppingRule: Sendable {
    /// Whether the rule classifies against the design's cut (the design must then have one).
    var requiresCut: Bool { get }
    /// A verdict to stop, or nil to go on. A verdict without a decision is completed by the
    /// session: pass if and only if θ̂ is at or above the cut (none without a cut).
    func verdict(for state: StoppingState) -> StopVerdict?
}

extension StoppingRule {
    public var requiresCut: Bool { false }
}
