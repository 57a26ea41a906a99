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
