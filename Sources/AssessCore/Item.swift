/// One assessment item: what the candidate is shown, how it is keyed, how it is classified.
///
/// An item is a value. Its ``version`` is a content hash derived from everything that a
/// candidate sees or that decides a score (type, stem, stimulus id, options, keys, credits,
/// scoring rule, rating scale), so that a recorded response can be tied to the exact text shown.
/// Classification, psychometric parameters and review metadata do not change the version:
/// re-tagging an item or re-calibrating it does not make earlier responses point to a
/// different text.
public struct Item: Sendable, Hashable, Codable {
    /// Stable identifier, unique across the bank (e.g. `SAF-SCR-014`). Never reused.
    public var id: String
    /// Life-cycle status: only `active` items are scored; `pilot` items are delivered unscored.
    public var status: ItemStatus
    /// Response format: single best answer, multiple response, true/false or rating scale.
    public var type: ItemType
    /// Optional short title for authors (GIFT `::title::`, QTI `title`); never shown as a clue.
    public var title: String?
    /// The question or incomplete statement put to the candidate.
    public var stem: String
    /// How `stem`, options and feedback are marked up.
    public var textFormat: TextFormat
    /// Identifier of a shared stimulus (a case vignette) delivered with this item, if any.
    public var stimulus: String?
    /// The choices, in authored order (2–8 for choice items; empty for rating-scale items).
    public var options: [Option]
    /// How a multiple-response item is scored; `allOrNothing` for every other choice type.
    public var scoring: ResponseScoring
    /// Whether the delivery may shuffle the options (false for "all of the above" and true/false).
    public var shuffle: Bool
    /// Feedback shown after the item whatever the answer (GIFT `####`, QTI modal feedback).
    public var generalFeedback: String?
    /// The rating scale of a rating-scale item; nil for choice items.
    public var ratingScale: RatingScale?
    /// Content area, module, objective, cognitive level, tags, references and authorship.
    public var classification: Classification
    /// IRT model and parameters, if the item has been (provisionally) calibrated.
    public var irt: IRTParameters?
    /// Items that must never appear on the same test form as this one (they cue each other).
    public var enemies: [String]
    /// Whether the item may be used for practice or is reserved for secure (certification) use.
    public var security: Security
    /// Item-writing rules deliberately waived for this item, each with its justification
    /// (rule id → reason), so that a reviewed exception stays visible but quiet.
    public var lintExceptions: [String: String]

    public init(
        id: String,
        status: ItemStatus = .active,
        type: ItemType,
        title: String? = nil,
        stem: String,
        textFormat: TextFormat = .plain,
        stimulus: String? = nil,
        options: [Option] = [],
        scoring: ResponseScoring = .allOrNothing,
        shuffle: Bool = true,
        generalFeedback: String? = nil,
        ratingScale: RatingScale? = nil,
        classification: Classification = Classification(),
        irt: IRTParameters? = nil,
        enemies: [String] = [],
        security: Security = .secure,
        lintExceptions: [String: String] = [:]
    ) {
        self.id = id
        self.status = status
        self.type = type
        self.title = title
        self.stem = stem
        self.textFormat = textFormat
        self.stimulus = stimulus
        self.options = options
        self.scoring = scoring
        self.shuffle = shuffle
        self.generalFeedback = generalFeedback
        self.ratingScale = ratingScale
        self.classification = classification
        self.irt = irt
        self.enemies = enemies
        self.security = security
        self.lintExceptions = lintExceptions
    }

    /// The options that are keyed correct, in authored order.
    public var keys: [Option] { options.filter(\.isKey) }

    /// The letters (A, B, …) of the keyed options in authored order.
    public var keyLetters: [String] {
        options.indices.filter { options[$0].isKey }.map(Option.letter(at:))
    }
}

/// Where an item is in its life cycle.
public enum ItemStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Being written or reviewed; never delivered.
    case draft
    /// Delivered unscored to gather statistics before it goes live.
    case pilot
    /// Live and scored.
    case active
    /// Withdrawn; kept so that old responses still resolve.
    case retired
}

/// The response format of an item.
public enum ItemType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Exactly one keyed option.
    case singleBestAnswer = "single"
    /// Select all that apply: one or more keyed options, scored by ``ResponseScoring``.
    case multipleResponse = "multiple"
    /// Two options, "True" and "False", one keyed.
    case trueFalse = "true-false"
    /// A Likert-type statement rated 1…k (self-assessments); no key.
    case ratingScale = "rating"
}

/// How item text is marked up (GIFT's `[html]`, `[markdown]`, `[moodle]`, `[plain]`).
public enum TextFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case plain, markdown, html, moodle
}

/// How a multiple-response answer is turned into a score between 0 and 1.
public enum ResponseScoring: String, Sendable, Hashable, Codable, CaseIterable {
    /// 1 when exactly the keyed options are selected, else 0.
    case allOrNothing = "all-or-nothing"
    /// The sum of the selected options' credits, clamped to [0, 1] (see ``Option/effectiveCredit(in:)``).
    case perOption = "per-option"
}

/// Whether an item may be seen outside a proctored, secure test.
public enum Security: String, Sendable, Hashable, Codable, CaseIterable {
    /// May be used in practice tests and shown with keys and rationales.
    case practice
    /// Reserved for secure (certification) use: keys never shown to candidates.
    case secure
}
