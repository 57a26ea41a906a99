/// How an adaptive test keeps its most informative items from being shown to too many
/// candidates (exposure rate: the share of attempts in which an item is shown).
public enum ExposureSpec: Sendable, Hashable, Codable {
    /// The selector's best item is always given.
    case none
    /// Randomesque selection (Kingsbury & Zara 1989): one of the `k` best items, drawn with the
    /// attempt's seed.
    case randomesque(k: Int)
    /// Sympson–Hetter conditional administration (Sympson & Hetter 1985): the selected item i
    /// is administered with probability kᵢ, else set aside for this attempt and the next best
    /// tried, so that no item's exposure rate exceeds the target.
    case sympsonHetter(SympsonHetter)

    /// The method's name as written in a spec file.
    public var name: String {
        switch self {
        case .none: "none"
        case .randomesque: "randomesque"
        case .sympsonHetter: "sympson-hetter"
        }
    }
}
