/// The standard a score is compared with: a candidate meets it when the score is at or above
/// the cut (for θ, equality has probability zero; the "pass only if above" agrees).
public struct CutScore: Sendable, Hashable, Codable {
    /// The scale the cut is written on.
    public enum Scale: String, Sendable, Hashable, Codable, CaseIterable {
        /// Percent of the scored items' maximum (0…100); number-correct scoring.
        case percent
        /// Raw number-correct score (0…form length); number-correct scoring.
        case raw
        /// θ on the bank's IRT scale; θ scoring.
        case theta
    }

    /// Where the cut comes from, so that a provisional cut is visible in the spec itself.
    public enum Basis: Sendable, Hashable, Codable {
        /// A placeholder until a standard-setting study; decisions taken on it are provisional.
        case provisional
        /// A value set by program policy (e.g. 80% for module mastery).
        case policy

        /// The basis's name as written in a spec file.
        public var name: String {
            switch self {
            case .provisional: "provisional"
            case .policy: "policy"
            }
        }

        /// Every basis that has a plain name.
        public static let named: [Basis] = [.provisional, .policy]
    }

    public var scale: Scale
    public var value: Double
    public var basis: Basis
    /// Why this value, and what replaces it when (shown to evaluators, never to candidates).
    public var note: String?

    public init(_ scale: Scale, _ value: Double, basis: Basis = .provisional, note: String? = nil) {
        self.scale = scale
        self.value = value
        self.basis = basis
        self.note = note
    }

    /// Whether `score` (on this cut's scale) meets the cut.
    public func isMet(by score: Double) -> Bool { score >= value }
}
