/// The settings of a linear test: the whole pool, in a fixed or a shuffled order.
public struct LinearForm: Sendable, Hashable, Codable {
    /// The order in which the pool's items are delivered.
    public enum Order: String, Sendable, Hashable, Codable, CaseIterable {
        /// The pool's order (listed items first, then bank order): every candidate sees the same form.
        case fixed
        /// A permutation drawn from the attempt's seed; items of a stimulus set stay together, in
        /// authored order.
        case shuffled
    }

    /// The order of delivery.
    public var order: Order
    /// The number of items the pool must hold, when given: a check that the bank still matches
    /// what the author meant (a lost statement is an error, not a shorter test).
    public var length: Int?

    public init(order: Order = .fixed, length: Int? = nil) {
        self.order = order
        self.length = length
    }
}
