/// One choice of a choice item.
public struct Option: Sendable, Hashable, Codable {
    /// Stable identifier within the item (authored letter such as `A`, or a QTI identifier).
    /// Responses record option ids, so that shuffling never changes what was chosen.
    public var id: String
    /// The text of the choice.
    public var text: String
    /// Why this choice is right or wrong: feedback for practice and review, never shown in
    /// a secure test.
    public var rationale: String?
    /// Whether the option is keyed correct.
    public var isKey: Bool
    /// Explicit credit for choosing the option as a fraction in [−1, 1] (GIFT `%50%` is 0.5),
    /// used by per-option scoring; nil means the default of ``effectiveCredit(in:)``.
    public var credit: Double?

    public init(id: String, text: String, rationale: String? = nil, isKey: Bool = false, credit: Double? = nil) {
        self.id = id
        self.text = text
        self.rationale = rationale
        self.isKey = isKey
        self.credit = credit
    }

    /// The letter shown for the option at a zero-based position: A, B, … H.
    public static func letter(at index: Int) -> String {
        precondition((0..<26).contains(index), "option index \(index) has no letter")
        return String(UnicodeScalar(UInt8(65 + index)))
    }

    /// The zero-based position a letter stands for (`"c"` → 2), or nil if it is not a letter.
    public static func index(ofLetter letter: String) -> Int? {
        let scalars = letter.uppercased().unicodeScalars
        guard scalars.count == 1, let value = scalars.first?.value, (65...90).contains(value) else { return nil }
        return Int(value) - 65
    }

    /// The credit this option earns under per-option scoring in `item`.
    ///
    /// An explicit ``credit`` wins. Otherwise a key earns 1/k (k keys) and a distractor costs
    /// 1/k as well, so that selecting every option scores 0 (the usual "right minus wrong"
    /// partial-credit rule, e.g. Moodle's multiple-response guidance; the item score is then
    /// clamped to [0, 1]).
    public func effectiveCredit(in item: Item) -> Double {
        if let credit { return credit }
        let keyCount = max(1, item.options.count(where: \.isKey))
        return isKey ? 1.0 / Double(keyCount) : -1.0 / Double(keyCount)
    }
}
