/// The ETS DIF categories: A negligible, B slight to moderate, C moderate to large
/// (Dorans & Holland 1993; Zwick 2012, ETS RR-12-08).
public enum ETSCategory: String, Sendable, Hashable, CaseIterable {
    case a = "A"
    case b = "B"
    case c = "C"
}
