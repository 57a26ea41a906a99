/// Stop as soon as the confidence interval θ̂ ± z·SE excludes the cut (Kingsbury & Weiss
/// 1983's adaptive mastery testing; the rule of the NCLEX "95% confidence interval"): pass when
/// θ̂ − z·SE > cut, fail when θ̂ + z·SE < cut. z = 1.96 gives a two-sided 95% interval.
public struct ConfidenceIntervalStop: StoppingRule, Hashable {
    public var z: Double

    public init(z: Double = 1.96) {
        precondition(z > 0, "z must be positive, got \(z)")
        self.z = z
    }

    public var requiresCut: Bool { true }

    public func verdict(for state: StoppingState) -> StopVerdict? {
        guard let cut = state.cut, state.standardError.isFinite else { return nil }
        let margin = z * state.standardError
        if state.theta - margin > cut { return StopVerdict(reason: .confidenceInterval, decision: .pass) }
        if state.theta + margin < cut { return StopVerdict(reason: .confidenceInterval, decision: .fail) }
        return nil
    }
}
