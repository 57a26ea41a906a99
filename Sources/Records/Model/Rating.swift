/// An evaluator's rating of one rubric criterion for a candidate (case record review,
/// field-based observation).
public struct Rating: Sendable, Hashable {
    public var candidateID: Int64
    /// Who rated (the evaluator's id or name).
    public var evaluator: String
    /// The instrument, e.g. `case-record-review` or `field-observation` (a rubric id).
    public var instrument: String
    /// The SHA-256 of the rubric file used, when known.
    public var rubricHash: String?
    /// What was rated on one occasion (a case reviewed, a visit observed), so that the ratings
    /// of one occasion can be read together.
    public var occasion: String?
    /// The rubric criterion (e.g. `FO-05`).
    public var criterion: String
    public var score: Double
    /// The evaluator's comment, verbatim. Candidate data.
    public var comment: String?
    /// The day the candidate was rated.
    public var ratedOn: CalendarDate
    /// A rating this one corrects; the corrected rating is kept.
    public var supersedes: Int64?
    public var recordedAt: Timestamp

    public init(
        candidateID: Int64, evaluator: String, instrument: String, rubricHash: String? = nil, occasion: String? = nil,
        criterion: String, score: Double, comment: String? = nil, ratedOn: CalendarDate, supersedes: Int64? = nil,
        recordedAt: Timestamp
    ) {
        self.candidateID = candidateID
        self.evaluator = evaluator
        self.instrument = instrument
        self.rubricHash = rubricHash
        self.occasion = occasion
        self.criterion = criterion
        self.score = score
        self.comment = comment
        self.ratedOn = ratedOn
        self.supersedes = supersedes
        self.recordedAt = recordedAt
    }
}
