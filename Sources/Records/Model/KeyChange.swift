/// A decided change to an item's key (after a challenge), which makes earlier responses to
/// the item score differently.
public struct KeyChange: Sendable, Hashable {
    public var itemID: String
    /// The item's content hash before and after the change.
    public var previousItemHash: String
    public var itemHash: String
    /// The keyed option ids before and after.
    public var previousKeys: [String]
    public var keys: [String]
    public var reason: String
    /// Who decided it.
    public var decidedBy: String
    public var decidedAt: Timestamp

    public init(
        itemID: String, previousItemHash: String, itemHash: String, previousKeys: [String], keys: [String],
        reason: String, decidedBy: String, decidedAt: Timestamp
    ) {
        self.itemID = itemID
        self.previousItemHash = previousItemHash
        self.itemHash = itemHash
        self.previousKeys = previousKeys
        self.keys = keys
        self.reason = reason
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}
