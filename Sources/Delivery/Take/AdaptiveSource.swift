import AssessCore
import Sequencing

/// An adaptive session seen as the delivery loop's item source.
struct AdaptiveSource: ItemSource {
    var session: AdaptiveSession
    let pool: SequencerPool
    /// The engine's stop, kept for the result.
    var stop: (reason: StopReason, decision: Sequencing.Decision?)?

    mutating func next() -> SelectorStep {
        switch session.next(timeIsUp: false) {
        case .administer(let index, let isPretest):
            return .item(id: pool.items[index].id, isPretest: isPretest)
        case .stop(let reason, let decision):
            stop = (reason, decision)
            return .stop(reason: reason.rawValue)
        }
    }

    /// Ends the test now by the engine's time-out rule, keeping its stop and decision.
    mutating func endNow() {
        if case .stop(let reason, let decision) = session.next(timeIsUp: true) { stop = (reason, decision) }
    }

    mutating func answered(itemID: String, score: Double?) {
        session.record(correct: (score ?? 0) >= 1)
    }

    var estimate: (theta: Double, standardError: Double)? {
        session.estimate == nil ? nil : (session.theta, session.standardError)
    }
}
