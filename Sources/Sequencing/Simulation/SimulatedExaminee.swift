/// One simulated attempt: the true θ, what the test made of it, and how.
public struct SimulatedExaminee: Sendable, Hashable {
    /// 0-based examinee number.
    public var index: Int
    public var trueTheta: Double
    /// The final θ̂ and its standard error.
    public var theta: Double
    public var standardError: Double
    /// Scored items answered.
    public var length: Int
    public var stopReason: StopReason
    public var decision: Decision?
    /// Whether the final counts satisfy the blueprint at the final length.
    public var meetsBlueprint: Bool
    /// Scored items in delivery order (pool positions).
    public var items: [Int]
    /// Pretest items delivered.
    public var pretestItems: [Int]
    /// Items selected but set aside by Sympson–Hetter.
    public var rejectedItems: [Int]
}
