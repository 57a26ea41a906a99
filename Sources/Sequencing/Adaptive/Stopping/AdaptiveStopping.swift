/// When an adaptive test ends and how it is then classified.
///
/// The session checks, before choosing each item:
///
/// 1. time up (reported by the caller) → stop with ``StopReason/timeUp``;
/// 2. ``maximumLength`` scored items answered → stop with ``StopReason/maximumLength``;
/// 3. at least ``minimumLength`` scored items and the counts satisfy the blueprint at this
///    length → with ``Combination/any``, the first of ``rules`` that gives a verdict stops the
///    test; with ``Combination/all``, the test stops only when every rule gives one;
/// 4. no item the constraints allow → stop with ``StopReason/poolExhausted``.
///
/// A stimulus set in progress is always finished first (it was only started if it fits).
/// Lengths count scored items only; pretest items come on top.
///
/// **Decisions** (only with a ``cut``): a classification rule gives its own; every other stop
/// passes if and only if the final θ̂ is at or above the cut (the spec's "meets the cut at or
/// above it") — at the maximum length this is the "pass only if the final θ is at or above
/// the cut" rule. **Time-out rule:** if at least
/// ``minimumLength`` scored items were answered, the decision is θ̂ ≥ cut, as at the maximum
/// length (NCLEX's run-out-of-time rule since 2023 uses the final ability estimate);
/// otherwise it is ``timeUpBelowMinimum`` — ``Decision/fail`` by default, as NCLEX fails a
/// candidate who has not answered the minimum, or ``Decision/incomplete`` for a test that
/// should be retaken. With ``TimeUpRule/recentEstimates(count:)`` the decision at or past the
/// minimum is instead a pass only if each of the last `count` estimates was at or above the cut. The
/// blueprint is not checked at a time-out.
public struct AdaptiveStopping: Sendable {
    /// How a test that runs out of time at or past the minimum length is decided.
    public enum TimeUpRule: Sendable, Hashable {
        /// On the final θ̂, as at the maximum length.
        case finalEstimate
        /// Pass only if each of the last `count` θ estimates (after each scored response; all
        /// of them when fewer were made) was at or above the cut — NCLEX's original run-out-of-time
        /// rule, so that a candidate who only lately drifted above the cut does not pass on an
        /// unstable estimate.
        case recentEstimates(count: Int)
    }

    /// How the rules combine once the minimum length is reached.
    public enum Combination: String, Sendable, Hashable, CaseIterable {
        /// Stop at the first rule, in order, that gives a verdict; its reason and decision are
        /// recorded.
        case any
        /// Stop only when every rule gives a verdict. The recorded reason and decision are
        /// those of the first rule, in order, whose verdict carries a decision (a
        /// classification rule), else of the first rule — so a precision rule combined with a
        /// classification rule records the classification that made the decision.
        case all
    }

    /// Scored items before any rule may stop the test (≥ 1).
    public var minimumLength: Int
    /// Scored items after which the test stops.
    public var maximumLength: Int
    /// The rules, asked in order.
    public var rules: [any StoppingRule]
    /// Whether any rule or all of them must give a verdict.
    public var combination: Combination
    /// The cut θ for pass/fail decisions, if the test classifies.
    public var cut: Double?
    /// The decision when time runs out before the minimum length.
    public var timeUpBelowMinimum: Decision
    /// The decision when time runs out at or past the minimum length.
    public var timeUpRule: TimeUpRule

    public init(
        minimumLength: Int, maximumLength: Int, rules: [any StoppingRule] = [], combination: Combination = .any,
        cut: Double? = nil, timeUpBelowMinimum: Decision = .fail, timeUpRule: TimeUpRule = .finalEstimate
    ) {
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
        self.rules = rules
        self.combination = combination
        self.cut = cut
        self.timeUpBelowMinimum = timeUpBelowMinimum
        self.timeUpRule = timeUpRule
    }
}
