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
