/// One delivered item and its response, as the records keep them.
public struct RecordedResponse: Sendable, Hashable, Codable {
    /// Pool position of the item.
    public var item: Int
    public var correct: Bool

    public init(item: Int, correct: Bool) {
        self.item = item
        self.correct = correct
    }
}
