/// Where unscored pretest (pilot) items are seeded into an adaptive test.
///
/// Positions are 1-based positions in the delivered sequence (pretest items included): with
/// [5, 12], the 5th and the 12th item delivered are pretest items. They are either the same
/// for every session (``positions``) or drawn per session (``drawn``): `count` distinct
/// positions uniformly from a range, with the session's seeded generator right after the
/// start θ, so that candidates cannot learn which positions do not count and a session still
/// replays from its seed.
///
/// At a position, the item is drawn uniformly at random (seeded) from the pool's pretest items
/// not yet used and with no enemy on the test, and delivered alone — with its vignette if it
/// has one, but not as part of a set. If a stimulus set is in progress at a position, the
/// pretest item follows the set; if the test stops first, or no pretest item is eligible, the
/// position is skipped. Pretest responses never enter θ, the lengths or the blueprint counts.
public struct PretestPlan: Sendable, Hashable {
    /// Positions drawn per session.
    public struct DrawnPositions: Sendable, Hashable {
        /// How many positions each session draws.
        public var count: Int
        /// The positions they are drawn from.
        public var range: ClosedRange<Int>

        public init(count: Int, range: ClosedRange<Int>) {
            self.count = count
            self.range = range
        }
    }

    /// Fixed positions, strictly increasing (ignored when ``drawn`` is set).
    public var positions: [Int]
    /// Positions drawn per session, or nil for the fixed ``positions``.
    public var drawn: DrawnPositions?

    /// Pretest items at the same positions in every session.
    public init(positions: [Int] = []) {
        self.positions = positions
        self.drawn = nil
    }

    /// Pretest items at `count` distinct positions drawn per session from `range`.
    public init(count: Int, within range: ClosedRange<Int>) {
        self.positions = []
        self.drawn = DrawnPositions(count: count, range: range)
    }

    /// The most pretest positions a session can hold.
    var capacity: Int { drawn?.count ?? positions.count }

    /// The session's positions, increasing: the fixed ones, or `count` drawn by a partial
    /// Fisher–Yates shuffle of the range (Knuth's algorithm P stopped after `count` swaps),
    /// then sorted.
    func sessionPositions(using generator: inout some RandomNumberGenerator) -> [Int] {
        guard let drawn else { return positions }
        var candidates = Array(drawn.range)
        for k in 0..<drawn.count {
            let j = k + RandomDraw.index(below: candidates.count - k, using: &generator)
            candidates.swapAt(k, j)
        }
        return candidates[0..<drawn.count].sorted()
    }
}
