import AssessCore

/// One answer as the session hands it to the records: enough to reconstruct the screen and to
/// rescore it later.
public struct SessionResponse: Sendable, Hashable {
    /// 1, 2, 3… in the order answers were given (a changed answer gets a new number).
    public var sequence: Int
    public var itemID: String
    /// The item's content hash (its version) as shown.
    public var itemVersion: String
    /// Option ids in the order they were shown (empty for rating items).
    public var optionOrder: [String]
    /// What was selected: option ids joined by "," (sorted), or the rating as text.
    public var rawAnswer: String
    /// The score in [0, 1] (choice items), the rating's scored value, or nil for unscored items.
    public var scoredValue: Double?
    public var latencyMilliseconds: Int
    /// Ability after this response, for adaptive tests.
    public var theta: Double?
    public var standardError: Double?
    /// Pilot items are delivered but never scored.
    public var isPretest: Bool
}

/// Where the session records what happens; implemented over the records store.
///
/// `record` must make the response durable before it returns: the next item is shown only
/// after that.
public protocol AttemptRecorder {
    mutating func record(_ response: SessionResponse) throws
}

/// What comes next in a test whose items are chosen one at a time (adaptive tests, and linear
/// tests without navigation).
public protocol ItemSource {
    /// The next item (by id) and whether it is an unscored pretest item, or the end of the test.
    mutating func next() -> SelectorStep
    /// Tells the selector how the item just shown was answered (score nil for a pretest item).
    mutating func answered(itemID: String, score: Double?)
    /// Ability after the answers so far, when the selector estimates it.
    var estimate: (theta: Double, standardError: Double)? { get }
}

public enum SelectorStep: Sendable, Hashable {
    case item(id: String, isPretest: Bool)
    case stop(reason: String)
}
