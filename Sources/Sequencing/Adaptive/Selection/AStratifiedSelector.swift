import Psychometrics

/// a-stratified selection (Chang & Ying 1999, "a-stratified multistage computerized adaptive
/// testing", Applied Psychological Measurement 23(3)).
///
/// The pool's scored, calibrated items are sorted by discrimination a (ties by b, then pool
/// position) and cut into K strata of equal size (the first N mod K strata one larger), low a
/// first. The test moves up one stratum per stage: after n scored responses of at most L, the
/// stage is s = min(K − 1, ⌊n·K/L⌋). Within the stage's stratum the item whose difficulty b
/// is closest to θ̂ is best: low-a items, whose information is flat, are spent early when
/// θ̂ is rough, and the sharp high-a items are saved for the end; exposure evens out as a side
/// effect.
///
/// When the stage's stratum has no candidate left (content balancing, enemies), the nearest
/// stratum is used, a higher one before a lower one at equal distance. The score is
/// −(1000·rank(stratum) + |b − θ̂|), so stratum order always dominates.
public struct AStratifiedSelector: ItemSelector, Hashable {
    /// Number of strata K.
    public var strata: Int
    /// Stratum of each pool item (set by ``prepared(for:maximumLength:)``).
    public private(set) var stratumOfItem: [Int]
    /// The maximum length L the stages divide.
    public private(set) var maximumLength: Int

    public init(strata: Int = 4) {
        self.strata = strata
        self.stratumOfItem = []
        self.maximumLength = 1
    }

    public func prepared(for pool: SequencerPool, maximumLength: Int) throws(SequencingError) -> any ItemSelector {
        let ranked = pool.items.indices.filter { !pool.items[$0].isPretest && pool.items[$0].parameters != nil }
            .sorted { lhs, rhs in
                let a = pool.parameters.a
                let b = pool.parameters.b
                return (a[lhs], b[lhs], lhs) < (a[rhs], b[rhs], rhs)
            }
        guard strata >= 1, strata <= max(ranked.count, 1) else { throw .invalidDesign(.invalidStrata(strata)) }
        var copy = self
        copy.maximumLength = maximumLength
        copy.stratumOfItem = [Int](repeating: 0, count: pool.count)
        // Rank r of N goes to stratum ⌊r·K/N⌋: sizes differ by at most one.
        for (rank, item) in ranked.enumerated() { copy.stratumOfItem[item] = rank * strata / ranked.count }
        return copy
    }

    /// The stage (target stratum) after `answered` scored responses.
    public func stage(answered: Int) -> Int {
        min(strata - 1, answered * strata / max(maximumLength, 1))
    }

    public func score(_ candidates: [Int], count: Int, state: SelectionState, into scores: inout [Double]) {
        precondition(!stratumOfItem.isEmpty, "AStratifiedSelector used before prepared(for:maximumLength:)")
        let stage = stage(answered: state.answered)
        let b = state.parameters.b
        for k in 0..<count {
            let item = candidates[k]
            let distance = stratumOfItem[item] - stage
            // 0 for the stage's stratum, then 1 for the one above, 2 below, 3 two above, …
            let rank = distance > 0 ? 2 * distance - 1 : -2 * distance
            scores[k] = -(1000 * Double(rank) + abs(b[item] - state.theta))
        }
    }
}
