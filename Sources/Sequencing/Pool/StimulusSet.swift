/// The items of a pool that share one stimulus (a case vignette): delivered together,
/// consecutively, in authored order.
public struct StimulusSet: Sendable, Hashable {
    /// The stimulus id.
    public var id: String
    /// Pool positions of every item (scored and pretest) that shares the stimulus, in pool
    /// (authored) order.
    public var members: [Int]

    public init(id: String, members: [Int]) {
        self.id = id
        self.members = members
    }
}
