/// An adaptive design compiled against a pool: checked once, then the source of any number of
/// sessions (one per attempt or simulated examinee).
public struct AdaptiveTest: Sendable {
    let plan: AdaptivePlan

    /// Checks the design against the pool and prepares the selection tables.
    ///
    /// - Throws: ``SequencingError/invalidDesign(_:)``, ``SequencingError/invalidBlueprint(_:)``,
    ///   ``SequencingError/uncalibratedItem(id:)`` for a scored item the test could select
    ///   without IRT parameters.
    public init(design: AdaptiveDesign, pool: SequencerPool) throws(SequencingError) {
        plan = try AdaptivePlan(design: design, pool: pool)
    }

    public var design: AdaptiveDesign { plan.design }
    public var pool: SequencerPool { plan.pool }

    /// A new session, its randomness (random start, randomesque, Sympson–Hetter, pretest
    /// draws) from `SplitMix64(seed: seed)`.
    public func session(seed: UInt64, previousTheta: Double? = nil) -> AdaptiveSession {
        AdaptiveSession(plan: plan, seed: seed, previousTheta: previousTheta)
    }

    /// Rebuilds a session from an attempt's recorded responses (in delivery order), e.g. after
    /// a crash: the session is replayed from the seed, checking that it delivers the recorded
    /// item at every position. The returned session is in the state the original was in after
    /// the last response, so its ``AdaptiveSession/next(timeIsUp:)`` gives the same item.
    ///
    /// - Throws: ``SequencingError/replayMismatch(position:expected:recorded:)`` when the record
    ///   does not come from this design, pool and seed.
    public func resume(
        seed: UInt64, previousTheta: Double? = nil, responses: [RecordedResponse]
    ) throws(SequencingError) -> AdaptiveSession {
        var session = self.session(seed: seed, previousTheta: previousTheta)
        for (position, response) in responses.enumerated() {
            guard case .administer(let item, _) = session.next() else {
                throw .replayMismatch(position: position, expected: nil, recorded: response.item)
            }
            guard item == response.item else {
                throw .replayMismatch(position: position, expected: item, recorded: response.item)
            }
            session.record(correct: response.correct)
        }
        return session
    }
}
