/// Which items of a bank a test may use: items matching every given criterion, plus items
/// listed by id, minus excluded ids.
///
/// Each criterion is a list read as "any of": `modules: [a, b]` takes items of module a or b.
/// An empty list does not restrict. Items whose status is not among ``statuses`` are left out
/// (by default only `active` items, which are scored); `pilot` items in the pool are the
/// candidates for unscored pretest positions (``PretestSpec``) — a linear test, which takes no
/// pretest plan, delivers them unscored where the pool puts them. See ``ItemPool/items(in:)``
/// for the order.
public struct ItemPool: Sendable, Hashable, Codable {
    /// Training blocks (content areas) whose items qualify.
    public var blocks: [Block]
    /// Module ids whose items qualify (`fnd-casework`).
    public var modules: [String]
    /// Learning objective or competency ids whose items qualify.
    public var objectives: [String]
    /// Free tags: an item qualifies if it carries any of them.
    public var tags: [String]
    /// Response formats that qualify (keeps rating statements out of a knowledge test).
    public var types: [ItemType]
    /// Security levels that qualify (`practice`, `secure`).
    public var security: [Security]
    /// Life-cycle statuses that qualify; `draft` and `retired` items are never delivered.
    public var statuses: [ItemStatus]
    /// Items added by id whatever the criteria say, in this order.
    public var include: [String]
    /// Items never used, whatever the criteria and ``include`` say.
    public var exclude: [String]

    public init(
        blocks: [Block] = [], modules: [String] = [], objectives: [String] = [], tags: [String] = [],
        types: [ItemType] = [], security: [Security] = [], statuses: [ItemStatus] = [.active], include: [String] = [],
        exclude: [String] = []
    ) {
        self.blocks = blocks
        self.modules = modules
        self.objectives = objectives
        self.tags = tags
        self.types = types
        self.security = security
        self.statuses = statuses
        self.include = include
        self.exclude = exclude
    }

    /// Whether any selection criterion (blocks, modules, objectives, tags, types, security) is
    /// given. A pool with none selects every item of an allowed status, unless it lists items
    /// by id, in which case it is exactly those items.
    public var hasCriteria: Bool {
        !blocks.isEmpty || !modules.isEmpty || !objectives.isEmpty || !tags.isEmpty || !types.isEmpty || !security.isEmpty
    }
}
