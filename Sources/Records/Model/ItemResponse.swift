/// One item shown in an attempt and what the candidate did with it.
///
/// Recorded the moment it is answered, in its own transaction, before the next item is shown.
public struct ItemResponse: Sendable, Hashable {
    public var attemptID: Int64
    /// The position in the attempt, from 1, without gaps: the n-th item shown.
    public var sequence: Int
    public var itemID: String
    /// The item's content hash (``AssessCore/Item/contentHash(stimulus:)``): the exact text shown.
    public var itemHash: String
    /// The option ids in the order they were shown (after shuffling); empty for rating items.
    public var optionOrder: [String]
    /// What the candidate entered, verbatim (letters as typed or read from paper); nil when
    /// the item was skipped. Candidate data.
    public var rawAnswer: String?
    /// The option ids selected, in authored order; nil for rating items.
    public var selectedOptions: [String]?
    /// The rating given, for rating-scale items.
    public var rating: Int?
    /// The score earned in [0, 1] (``AssessCore/Item/score(selecting:)``), or the scored rating;
    /// nil when the item carries no score (an unscored rating statement).
    public var scoredValue: Double?
    /// Whether the score counts towards the result (false for pilot items, which are delivered
    /// unscored to gather statistics).
    public var countsTowardScore: Bool
    /// Time from showing the item to the answer, in milliseconds; nil when unknown (paper).
    public var latencyMilliseconds: Int?
    /// Time used in the attempt when this answer was committed, across interruptions.
    public var elapsedMilliseconds: Int?
    /// Ability estimate and its standard error after this response (adaptive tests).
    public var theta: Double?
    public var standardError: Double?
    public var answeredAt: Timestamp

    public init(
        attemptID: Int64, sequence: Int, itemID: String, itemHash: String, optionOrder: [String],
        rawAnswer: String?, selectedOptions: [String]?, rating: Int? = nil, scoredValue: Double?,
        countsTowardScore: Bool = true, latencyMilliseconds: Int?, elapsedMilliseconds: Int?, theta: Double? = nil,
        standardError: Double? = nil, answeredAt: Timestamp
    ) {
        self.attemptID = attemptID
        self.sequence = sequence
        self.itemID = itemID
        self.itemHash = itemHash
        self.optionOrder = optionOrder
        self.rawAnswer = rawAnswer
        self.selectedOptions = selectedOptions
        self.rating = rating
        self.scoredValue = scoredValue
        self.countsTowardScore = countsTowardScore
        self.latencyMilliseconds = latencyMilliseconds
        self.elapsedMilliseconds = elapsedMilliseconds
        self.theta = theta
        self.standardError = standardError
        self.answeredAt = answeredAt
    }
}
