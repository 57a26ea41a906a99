/// Unscored tryout items seeded into a test, to gather response data on `pilot` items before
/// they count.
///
/// Pretest items come from the pool's `pilot` items (``ItemPool/statuses`` must allow them),
/// chosen at random with the attempt's seed. They are delivered like any other item —
/// candidates cannot tell them apart — but are never scored, never move θ and never count
/// towards a length, a stopping rule or the blueprint. Every position lies within the shortest
/// possible test, so every attempt delivers exactly ``count`` of them.
public struct PretestSpec: Sendable, Hashable, Codable {
    /// Where pretest items go, as 1-based positions in the delivered sequence.
    public enum Placement: Sendable, Hashable, Codable {
        /// These positions, the same for every attempt.
        case positions([Int])
        /// Distinct positions drawn with the attempt's seed from `first…last`, so that
        /// candidates cannot learn which positions do not count.
        case randomWithin(first: Int, last: Int)
    }

    /// The number of pretest items each attempt delivers.
    public var count: Int
    /// Where they go.
    public var placement: Placement

    public init(count: Int, placement: Placement) {
        self.count = count
        self.placement = placement
    }
}
