/// A random form (linear-on-the-fly, LOFT): a form of ``length`` scored items drawn at random
/// so that it satisfies the blueprint exactly, never holds two enemies, and keeps stimulus
/// sets together — reproducible from the generator's seed.
///
/// Only scored items are drawn; pretest items of the pool are not used. Counts per area are
/// ``ContentBlueprint/formCounts(length:)`` (largest remainder for target shares).
///
/// **Stimulus sets.** A set counts towards the areas of its items (a vignette's items usually
/// share one). With ``StimulusSetPolicy/wholeSetsOnly`` (the default) a set is drawn whole or
/// not at all, so a set that would overshoot an area's count or the length is simply not
/// drawn, and a blueprint that only whole sets could meet is reported infeasible. With
/// ``StimulusSetPolicy/trimToFit(minimumItems:)`` a set that does not fit may be drawn with its
/// first k items in authored order (k ≥ the minimum), which keeps the vignette's opening
/// questions and their order. Sets holding two enemies, or an item outside the blueprint's
/// areas, are never drawn. A trimmed set still excludes the enemies of the items it dropped —
/// conservative, and simpler to audit.
public struct RandomFormDesign: Sendable, Hashable {
    /// What to do with a stimulus set that does not fit whole.
    public enum StimulusSetPolicy: Sendable, Hashable {
        /// Whole sets only.
        case wholeSetsOnly
        /// Allow the first k ≥ `minimumItems` items of a set.
        case trimToFit(minimumItems: Int)
    }

    /// The order of the drawn form.
    public enum Order: String, Sendable, Hashable, Codable, CaseIterable {
        /// The random order in which units were drawn.
        case drawn
        /// Pool order of each unit's first item.
        case pool
    }

    /// Number of scored items on the form.
    public var length: Int
    /// The content blueprint; nil draws from every scored item.
    public var blueprint: ContentBlueprint?
    public var stimulusSets: StimulusSetPolicy
    public var order: Order
    /// The most search steps before giving up (``SequencingError/Infeasibility/searchLimitReached(nodes:)``).
    public var searchLimit: Int

    public init(
        length: Int, blueprint: ContentBlueprint? = nil, stimulusSets: StimulusSetPolicy = .wholeSetsOnly,
        order: Order = .drawn, searchLimit: Int = 200_000
    ) {
        self.length = length
        self.blueprint = blueprint
        self.stimulusSets = stimulusSets
        self.order = order
        self.searchLimit = searchLimit
    }

    /// Draws a form: pool positions in delivery order.
    ///
    /// The algorithm is a depth-first search over the eligible units in a seeded random order,
    /// trying "include" before "exclude" (see ``FormAssembler``): the first descent already
    /// succeeds unless sets or enemies get in the way, and backtracking makes the search
    /// complete, so "no form" is a proof within ``searchLimit`` steps. Each area's items are
    /// then a uniformly random subset when every unit is a single item; the draw is not
    /// uniform over all feasible forms when sets or enemies interact.
    ///
    /// - Throws: ``SequencingError/invalidBlueprint(_:)`` and
    ///   ``SequencingError/infeasibleForm(_:)`` with the reason.
    public func assemble(
        from pool: SequencerPool, using generator: inout some RandomNumberGenerator
    ) throws(SequencingError) -> [Int] {
        try blueprint?.validate()
        var assembler = try FormAssembler(design: self, pool: pool)
        return try assembler.assemble(using: &generator)
    }
}
