/// The number of items one blueprint area may supply on a form of a given length: `lower`
/// through `upper`, inclusive. Empty when `lower > upper` (no count meets the target).
public struct AreaCountRange: Sendable, Hashable, CustomStringConvertible {
    public var lower: Int
    public var upper: Int

    public init(lower: Int, upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    public var isEmpty: Bool { lower > upper || upper < 0 }

    public func contains(_ count: Int) -> Bool { lower <= count && count <= upper }

    /// `3` for an exact count, `2–4` for a range.
    public var description: String { lower == upper ? "\(lower)" : "\(lower)–\(upper)" }
}
