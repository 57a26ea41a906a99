import Psychometrics

/// What the sequencer knows about one item: where it sits in the pool, what content area it
/// counts for, what it may not appear with, which vignette it belongs to, whether it is
/// scored, and its IRT parameters.
///
/// Built from a bank ``AssessCore/Item`` by ``SequencerPool/init(items:parameters:)`` or
/// directly (a simulation on an external bank). Within a pool, ``index`` is the item's
/// position, and ``enemies`` and ``stimulusSet`` are pool positions too.
public struct SequencerItem: Sendable, Hashable {
    /// Whether a response counts towards the score.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// An operational (active) item: scored and used for θ.
        case scored
        /// A pilot item: delivered to gather statistics, never scored, never used for θ.
        case pretest
    }

    /// The position of the item in its pool (assigned by the pool).
    public var index: Int
    /// The bank's identifier.
    public var id: String
    /// Content area keys, one per ``ContentLevel``.
    public var block: String?
    public var module: String?
    public var objective: String?
    /// Pool positions of the items that must never be delivered with this one. The pool
    /// makes the relation symmetric.
    public var enemies: [Int]
    /// The shared stimulus (vignette) the item is delivered with, if any.
    public var stimulus: String?
    /// The item's stimulus set: an index into ``SequencerPool/stimulusSets`` (assigned by the
    /// pool).
    public var stimulusSet: Int?
    /// Scored or pretest.
    public var role: Role
    /// Dichotomous IRT parameters on the pool's metric, or nil when the item is not
    /// calibrated (or is polytomous); a pool stores a placeholder for it and an adaptive
    /// design refuses to select it.
    public var parameters: DichotomousItem?

    public init(
        index: Int = 0, id: String, block: String? = nil, module: String? = nil, objective: String? = nil,
        enemies: [Int] = [], stimulus: String? = nil, role: Role = .scored, parameters: DichotomousItem? = nil
    ) {
        self.index = index
        self.id = id
        self.block = block
        self.module = module
        self.objective = objective
        self.enemies = enemies
        self.stimulus = stimulus
        self.stimulusSet = nil
        self.role = role
        self.parameters = parameters
    }

    /// Whether the item is delivered unscored.
    public var isPretest: Bool { role == .pretest }

    /// The item's content area key at `level`.
    public func contentKey(at level: ContentLevel) -> String? {
        switch level {
        case .block: block
        case .module: module
        case .objective: objective
        }
    }
}
