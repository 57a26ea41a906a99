/// The share of a test drawn from each content area (all blocks, all modules, or all
/// objectives of one spec).
///
/// Areas partition the pool: an item belongs to the area named by its block, module or
/// objective, and pool items in no listed area are never drawn. A blueprint's areas give either
/// all exact shares (summing to 100%), or ranges — a share range or a count range per area — which
/// may be mixed. ``countRanges(forLength:)`` turns either into the number of items each area
/// must supply on a form of a given length; that function is the one definition of "meets the
/// blueprint" for the validator, the sequencer and the reports.
public struct Blueprint: Sendable, Hashable, Codable {
    /// The level the areas are written at.
    public var dimension: ContentDimension
    /// The areas, in authored order (the order of reports).
    public var areas: [BlueprintArea]

    public init(dimension: ContentDimension, areas: [BlueprintArea]) {
        self.dimension = dimension
        self.areas = areas
    }

    /// The index of the area `item` belongs to, if any.
    public func areaIndex(of item: Item) -> Int? {
        guard let name = dimension.area(of: item) else { return nil }
        return areas.firstIndex { $0.area == name }
    }
}

/// One content area of a blueprint and how much of a form it takes.
public struct BlueprintArea: Sendable, Hashable, Codable {
    /// The block id, module id or objective id, per the blueprint's ``Blueprint/dimension``.
    public var area: String
    /// How much of a form comes from the area.
    public var target: BlueprintTarget

    public init(_ area: String, _ target: BlueprintTarget) {
        self.area = area
        self.target = target
    }
}

/// How much of a form one content area takes. Shares are percentages of the scored items
/// (0…100); pretest items do not count.
public enum BlueprintTarget: Sendable, Hashable, Codable {
    /// Exactly this share; a form of length n gets the area's apportioned count (largest
    /// remainder over all areas), so the counts always sum to n.
    case share(percent: Double)
    /// Between these shares, inclusive: ⌈min·n/100⌉ … ⌊max·n/100⌋ items on a form of length n.
    case shareRange(minimumPercent: Double, maximumPercent: Double)
    /// Between these counts, inclusive, whatever the length.
    case countRange(minimum: Int, maximum: Int)

    /// Whether the target is an exact share (which cannot be mixed with ranges).
    public var isExactShare: Bool {
        if case .share = self { return true }
        return false
    }
}
