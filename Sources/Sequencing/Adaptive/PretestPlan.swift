/// Where unscored pretest (pilot) items are seeded into an adaptive test.
///
/// ``positions`` are 1-based positions in the delivered sequence (pretest items included):
/// with [5, 12], the 5th and the 12th item delivered are pretest items. The item is drawn
/// uniformly at random (seeded) from the pool's pretest items not yet used and with no enemy
/// on the test, and delivered alone — with its vignette if it has one, but not as part of a
/// set. If a stimulus set is in progress at a position, the pretest item follows the set; if
/// the test stops first, or no pretest item is eligible, the position is skipped. Pretest
/// responses never enter θ, the lengths or the blueprint counts.
public struct PretestPlan: Sendable, Hashable {
    public var positions: [Int]

    public init(positions: [Int] = []) {
        self.positions = positions
    }
}
