/// Stop when the standard error of θ̂ is at most a threshold (a precision rule; Weiss &
/// Kingsbury 1984). The decision, if the design has a cut, is θ̂ ≥ cut.
public struct StandardErrorStop: StoppingRule, Hashable {
    public var threshold: Double

    public init(threshold: Double) {
        precondition(threshold > 0, "the SE threshold must be positive, got \(threshold)")
        self.threshold = threshold
    }

    public func verdict(for state: StoppingState) -> StopVerdict? {
        state.standardError <= threshold ? StopVerdict(reason: .standardError) : nil
    }
}
