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
