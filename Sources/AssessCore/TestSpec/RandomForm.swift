/// The settings of a blueprint-random (linear-on-the-fly) test.
///
/// Each attempt draws a form of ``length`` scored items from the pool's active items with the
/// attempt's seed, so that the form meets the spec's blueprint exactly (every area's count
/// within its range at this length, see ``Blueprint/countRanges(forLength:)``), never holds two
/// enemies, and holds a stimulus set whole or not at all. The drawn items are delivered in a
/// shuffled order with each stimulus set kept together.
public struct RandomForm: Sendable, Hashable, Codable {
    /// The number of scored items on every form (pretest items come in addition).
    public var length: Int

    public init(length: Int) {
        self.length = length
    }
}
