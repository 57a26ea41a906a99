/// What an adaptive session asks the delivery to do next.
public enum Step: Sendable, Hashable {
    /// Deliver pool item `item`; a pretest item is unscored.
    case administer(item: Int, isPretest: Bool)
    /// The test is over: `reason` is the rule that ended it, `decision` the classification
    /// (nil when the design has no cut).
    case stop(reason: StopReason, decision: Decision?)
}
