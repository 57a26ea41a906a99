/// The scale of a rating-scale (Likert-type) item: points 1…k with anchor labels.
public struct RatingScale: Sendable, Hashable, Codable {
    /// Number of points k (2…10); answers are the integers 1…k.
    public var points: Int
    /// Labels of the points, lowest first (empty, or exactly `points` labels).
    public var anchors: [String]
    /// Whether the rating counts towards a score (a self-assessment profile is usually unscored).
    public var scored: Bool
    /// Whether the statement is worded negatively, so that a score uses k + 1 − rating.
    public var reversed: Bool

    public init(points: Int, anchors: [String] = [], scored: Bool = false, reversed: Bool = false) {
        self.points = points
        self.anchors = anchors
        self.scored = scored
        self.reversed = reversed
    }
}
