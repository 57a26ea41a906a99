/// A linear (fixed) test: every item of the pool, in pool order or shuffled.
///
/// The pool is the form: the test specification selects and orders its items. Stimulus sets
/// stay together and in authored order either way: in pool order a set is delivered where its
/// first member stands; shuffling permutes units (single items and whole sets), never the
/// items inside a set. Pretest items are delivered where they fall (unscored).
public struct LinearDesign: Sendable, Hashable {
    /// How the form is ordered.
    public enum Order: String, Sendable, Hashable, Codable, CaseIterable {
        /// Pool (authored) order.
        case fixed
        /// A seeded random permutation of units.
        case shuffled
    }

    public var order: Order

    public init(order: Order = .fixed) {
        self.order = order
    }

    /// The form: pool positions in delivery order.
    ///
    /// Shuffling is Fisher–Yates over units (``RandomDraw``), so the same generator state
    /// gives the same form on every toolchain.
    public func form(from pool: SequencerPool, using generator: inout some RandomNumberGenerator) -> [Int] {
        var units = FormUnit.units(of: Array(0..<pool.count), in: pool)
        if order == .shuffled { RandomDraw.shuffle(&units, using: &generator) }
        return units.flatMap(\.items)
    }
}
