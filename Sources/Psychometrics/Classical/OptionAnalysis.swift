/// Distractor analysis of one option of a multiple-choice item (or of its omissions): how many
/// candidates chose it, and how choosing it correlates with the total score.
///
/// A working distractor is chosen by some candidates and has a negative point-biserial; a
/// distractor with a positive one draws strong candidates and deserves a look at the key.
public struct OptionAnalysis: Sendable, Hashable {
    /// The option (0 = A, 1 = B, …), or ``ResponseMatrix/omitted`` for the omission row.
    public let option: Int8
    /// Whether this option is the item's key.
    public let isKey: Bool
    /// How many of the item's n candidates chose it.
    public let count: Int
    /// count / n, the share of the candidates given the item (omissions included in n); nil
    /// when nobody was given the item.
    public let proportion: Double?
    /// Pearson correlation of the 0/1 indicator "chose this option" with the total score, over
    /// the n candidates given the item (Crocker & Algina 1986, ch. 14, distractor analysis);
    /// nil when nobody or everybody chose it, or the totals do not vary (the correlation is
    /// then undefined). For the key it equals ``ItemAnalysis/pointBiserial``.
    public let pointBiserial: Double?

    public init(option: Int8, isKey: Bool, count: Int, proportion: Double?, pointBiserial: Double?) {
        self.option = option
        self.isKey = isKey
        self.count = count
        self.proportion = proportion
        self.pointBiserial = pointBiserial
    }
}
