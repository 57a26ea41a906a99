/// What an attempt is when it starts: who, which test and bank snapshot, how it is delivered.
public struct AttemptPlan: Sendable, Hashable {
    public var candidateID: Int64
    /// The test specification's id and the SHA-256 of its content, so that a rescoring knows
    /// exactly which specification (blueprint, cut, scale) applied.
    public var testID: String
    public var testHash: String
    /// ``AssessCore/ItemBank/snapshotHash`` of the bank the items were drawn from.
    public var bankHash: String
    public var mode: DeliveryMode
    public var purpose: AttemptPurpose
    /// The seed of the sequencer's generator (option shuffles, random forms, CAT exposure
    /// control), so that the attempt can be replayed. Stored as its 64-bit pattern.
    public var seed: UInt64
    /// The time allowed, in milliseconds; nil when untimed.
    public var timeLimitMilliseconds: Int?
    /// The item ids planned in order (linear and random forms); nil for adaptive tests, whose
    /// next item is chosen from the responses.
    public var form: [String]?
    /// Where the attempt is taken (a test site or proctor machine), if known.
    public var site: String?
    public var startedAt: Timestamp

    public init(
        candidateID: Int64, testID: String, testHash: String, bankHash: String, mode: DeliveryMode,
        purpose: AttemptPurpose, seed: UInt64, timeLimitMilliseconds: Int? = nil, form: [String]? = nil,
        site: String? = nil, startedAt: Timestamp
    ) {
        self.candidateID = candidateID
        self.testID = testID
        self.testHash = testHash
        self.bankHash = bankHash
        self.mode = mode
        self.purpose = purpose
        self.seed = seed
        self.timeLimitMilliseconds = timeLimitMilliseconds
        self.form = form
        self.site = site
        self.startedAt = startedAt
    }
}

/// How the items of an attempt were chosen and shown.
public enum DeliveryMode: String, Sendable, Hashable, CaseIterable {
    /// A fixed form in a fixed order.
    case linear
    /// A form assembled at random to a blueprint (linear-on-the-fly).
    case randomForm = "random-form"
    /// Computerised adaptive testing: each item chosen from the responses so far.
    case adaptive
    /// Taken on paper (or elsewhere) and imported afterwards.
    case paper
}

/// Why the candidate takes the test; decides durability and which reports count it.
public enum AttemptPurpose: String, Sendable, Hashable, CaseIterable {
    case pre
    case post
    case certification
    case selfAssessment = "self-assessment"
}
