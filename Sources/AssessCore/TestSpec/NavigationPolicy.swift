/// What a candidate may do at the prompt besides answering. Linear and random-form tests only:
/// an adaptive test chooses each item from the answers so far, so it never goes back or skips.
public struct NavigationPolicy: Sendable, Hashable, Codable {
    /// Leave an item unanswered for now and come back to it before submitting.
    public var skip: Bool
    /// Return to the previous item and change its answer.
    public var back: Bool
    /// Mark an item for review.
    public var flag: Bool
    /// See the list of items (answered, skipped, flagged) and jump to one before a confirmed
    /// final submit.
    public var review: Bool

    public init(skip: Bool = false, back: Bool = false, flag: Bool = false, review: Bool = false) {
        self.skip = skip
        self.back = back
        self.flag = flag
        self.review = review
    }

    /// Whether any navigation besides answering in order is allowed.
    public var allowsAny: Bool { skip || back || flag || review }
}
