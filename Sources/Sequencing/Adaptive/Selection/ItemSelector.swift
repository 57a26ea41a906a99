/// Ranks the candidate items of an adaptive test (catsim's `Selector`).
///
/// The session decides which items are candidates — not yet used, no enemy on the test, in
/// the content area that is furthest behind, fitting the blueprint and the length — and the
/// selector scores them; exposure control (``ExposureControl``) then picks among the best.
/// Higher scores are better. A stimulus set is scored as the mean of its items' scores.
public protocol ItemSelector: Sendable {
    /// A copy of the selector set up for `pool` and a test of at most `maximumLength` scored
    /// items (e.g. the a-strata); the default returns the selector itself.
    ///
    /// - Throws: ``SequencingError/invalidDesign(_:)`` when the selector cannot work on the pool.
    func prepared(for pool: SequencerPool, maximumLength: Int) throws(SequencingError) -> any ItemSelector

    /// Writes the score of `candidates[k]` into `scores[k]` for k in 0..<count. Both buffers
    /// hold at least `count` elements; the selector must not resize them or allocate.
    func score(_ candidates: [Int], count: Int, state: SelectionState, into scores: inout [Double])
}

extension ItemSelector {
    public func prepared(for pool: SequencerPool, maximumLength: Int) throws(SequencingError) -> any ItemSelector {
        self
    }
}
