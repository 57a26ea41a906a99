/// How an attempt's responses become a score and a decision.
///
/// Extension points, so that later capabilities land as additions: a reporting scale (scaled
/// scores) becomes a new optional field here and a new ``CutScore/Scale`` case; a
/// standard-setting study (modified Angoff) becomes a new ``CutScore/Basis`` case naming the
/// study. Optional fields left unset are absent from the canonical encoding, so adding one does
/// not change the ``TestSpec/contentHash`` of existing specs.
public struct ScoringPolicy: Sendable, Hashable, Codable {
    /// How responses are scored.
    public var method: ScoringMethod
    /// The passing or mastery standard; nil when the test makes no decision.
    public var cut: CutScore?
    /// The words for meeting and not meeting the cut; nil for plain "Pass" / "Fail".
    public var labels: MasteryLabels?

    public init(method: ScoringMethod, cut: CutScore? = nil, labels: MasteryLabels? = nil) {
        self.method = method
        self.cut = cut
        self.labels = labels
    }
}

/// How responses are scored.
public enum ScoringMethod: Sendable, Hashable, Codable {
    /// The sum of item scores (1 or 0 per item; multiple-response items by their own rule),
    /// reported raw and as a percent of the scored items.
    case numberCorrect
    /// The IRT ability θ̂ with its standard error, estimated on the items' parameters. The
    /// estimator is the given one, else the adaptive design's, else EAP with the default
    /// ``EstimatorSettings``.
    case theta(estimator: EstimatorSettings?)
    /// No score: a profile of the ratings by competency. Statements rated at or below
    /// `needAtOrBelow` are development needs, and the modules that address them (the items'
    /// `addressed-by`) are named.
    case ratingProfile(needAtOrBelow: Int)

    /// The method's name as written in a spec file.
    public var name: String {
        switch self {
        case .numberCorrect: "number-correct"
        case .theta: "theta"
        case .ratingProfile: "rating-profile"
        }
    }
}

/// The words shown for meeting and not meeting the cut.
public struct MasteryLabels: Sendable, Hashable, Codable {
    /// Shown when the score is at or above the cut (`Pass`, `Mastered`).
    public var met: String
    /// Shown when it is below (`Fail`, `Not yet mastered`).
    public var notMet: String

    public init(met: String, notMet: String) {
        self.met = met
        self.notMet = notMet
    }
}
