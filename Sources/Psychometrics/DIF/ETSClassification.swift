/// An item's ETS DIF category and the group it favours, e.g. "C-" (Zwick 2012, ETS RR-12-08).
public struct ETSClassification: Sendable, Hashable, CustomStringConvertible {
    /// A, B or C.
    public let category: ETSCategory
    /// The group the item favours for B and C: the reference group when MH D-DIF < 0, the focal
    /// group when MH D-DIF > 0; nil for A.
    public let favoredGroup: DIFGroup?

    public init(category: ETSCategory, favoredGroup: DIFGroup?) {
        self.category = category
        self.favoredGroup = category == .a ? nil : favoredGroup
    }

    /// The signed label: "A", or B/C followed by "-" (favours the reference group) or "+"
    /// (favours the focal group), with ASCII signs so the label survives CSV exports.
    public var label: String {
        switch favoredGroup {
        case nil: category.rawValue
        case .reference: category.rawValue + "-"
        case .focal: category.rawValue + "+"
        }
    }

    public var description: String { label }
}
