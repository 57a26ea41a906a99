/// How an adaptive test chooses the next item among those still allowed.
public enum SelectionRule: Sendable, Hashable, Codable {
    /// Maximum Fisher information at the current θ estimate (Lord 1980, ch. 9):
    /// I(θ) = a² · (Q/P) · ((P − c)/(1 − c))² for the 3PL.
    case maximumInformation
    /// Maximum Kullback–Leibler information integrated over θ̂ ± 3/√k after k items (Chang &
    /// Ying 1996), less fooled than Fisher information by a poor early estimate.
    case kullbackLeibler
    /// a-stratified selection (Chang & Ying 1999): the pool is split into `strata` strata by
    /// ascending discrimination a, the test moves through them in equal stages, and within a
    /// stratum the item whose b is closest to θ̂ is chosen — low-a items early, high-a items
    /// when θ̂ is good, which evens out exposure.
    case aStratified(strata: Int)

    /// The selector's name as written in a spec file.
    public var name: String {
        switch self {
        case .maximumInformation: "max-info"
        case .kullbackLeibler: "kl"
        case .aStratified: "a-stratified"
        }
    }
}
