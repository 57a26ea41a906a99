import AssessCore
import BankFormats
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

extension AdaptiveSource {
    /// The adaptive engine for an attempt: the spec's pool without the items earlier attempts
    /// rule out (``PriorAttempts``). Items a `preferred` rule avoids stay out only while the rest
    /// of the pool can still supply the blueprint at every length the test may have (the
    /// validator's supply check); otherwise they are given back, least recently seen first.
    static func test(spec: TestSpec, bank: ItemBank, prior: PriorAttempts) throws -> AdaptiveTest {
        try prior.firstFeasible { excluded in
            if !excluded.isSubset(of: prior.excluded) {
                let rest = ItemBank(items: bank.items.filter { !excluded.contains($0.id) }, stimuli: Array(bank.stimuli.values))
                let shortfalls = TestSpecValidator.blueprintShortfalls(spec, bank: rest)
                guard shortfalls.isEmpty else { throw DeliveryError.cannotAssemble(shortfalls.map(\.message).joined(separator: "; ")) }
            }
            let pool = try SequencerPool(spec: spec, bank: bank, excluding: excluded)
            return try AdaptiveTest(design: try AdaptiveDesign(spec: spec, pool: pool), pool: pool)
        }
    }
}
