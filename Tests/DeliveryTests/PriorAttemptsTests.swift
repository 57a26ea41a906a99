import AssessCore
import BankFormats
import Foundation
import Records
import Testing

@testable import Delivery

/// What earlier attempts decide about a new one, on a real records file.
@Suite("Prior attempts: seen items and the previous θ")
struct PriorAttemptsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func certification() throws -> TestSpec {
        try #require(TestSpecLoader.load([root.appendingPathComponent("Scoring").path]).document(id: "certification")?.spec)
    }

    static func time(_ text: String) -> Timestamp { Timestamp(text)! }

    /// A store with one candidate and two completed certification attempts: one finished on
    /// 2025-01-02 (θ −0.8, items X1 X2), one on 2025-06-02 (θ 0.4, items Y1 Y2).
    static func store(in folder: TemporaryDirectory) throws -> (RecordStore, Int64) {
        let store = try RecordStore(path: folder.database)
        let candidate = try store.registerCandidate(
            Candidate(workerID: "I1", displayName: "Incumbent", role: .incumbent, registeredAt: time("2024-12-01T09:00:00Z")))
        for (start, end, theta, items) in [
            ("2025-01-01T09:00:00Z", "2025-01-02T09:00:00Z", -0.8, ["X1", "X2"]),
            ("2025-06-01T09:00:00Z", "2025-06-02T09:00:00Z", 0.4, ["Y1", "Y2"]),
        ] {
            let attempt = try store.startAttempt(
                AttemptPlan(candidateID: candidate, testID: "certification", testHash: "h", bankHash: "b", mode: .adaptive,
                    purpose: .certification, seed: 1, startedAt: time(start)))
            for (index, item) in items.enumerated() {
                _ = try store.recordResponse(
                    ItemResponse(attemptID: attempt, sequence: index + 1, itemID: item, itemHash: "h", optionOrder: ["a", "b"], rawAnswer: "a",
                        selectedOptions: ["a"], scoredValue: 1, latencyMilliseconds: 1000, elapsedMilliseconds: 1000 * (index + 1),
                        answeredAt: time(start)))
            }
            try store.completeAttempt(
                attempt, scores: Scores(raw: 2, maximum: 2, percent: 100, theta: theta, policyHash: "p"), elapsedMilliseconds: 2000, at: time(end))
        }
        return (store, candidate)
    }

    @Test("the previous θ is the latest completed attempt's within the window; seen items within 365 days are excluded")
    func previousThetaAndExclusions() throws {
        let folder = try TemporaryDirectory()
        let (store, candidate) = try Self.store(in: folder)
        let spec = try Self.certification()
        // Both attempts inside 365 days: the later one's θ; both attempts' items kept off.
        let both = try PriorAttempts.load(spec: spec, candidateID: candidate, excludingAttempt: nil, reference: Self.time("2025-07-01T09:00:00Z"), store: store)
        #expect(both.previousTheta == 0.4)
        #expect(both.excluded == ["X1", "X2", "Y1", "Y2"])
        // 2026-03-01: the first attempt is more than 365 days back.
        let one = try PriorAttempts.load(spec: spec, candidateID: candidate, excludingAttempt: nil, reference: Self.time("2026-03-01T09:00:00Z"), store: store)
        #expect(one.previousTheta == 0.4)
        #expect(one.excluded == ["Y1", "Y2"])
        // 2026-07-01: neither counts; the engine starts at the spec's fallback.
        let none = try PriorAttempts.load(spec: spec, candidateID: candidate, excludingAttempt: nil, reference: Self.time("2026-07-01T09:00:00Z"), store: store)
        #expect(none.previousTheta == nil)
        #expect(none.excluded.isEmpty)
        // Measured from 2025-03-01 (an attempt started then and resumed later): only the first counts.
        let early = try PriorAttempts.load(spec: spec, candidateID: candidate, excludingAttempt: nil, reference: Self.time("2025-03-01T09:00:00Z"), store: store)
        #expect(early.previousTheta == -0.8)
        #expect(early.excluded == ["X1", "X2"])
    }

    @Test("preferred rules avoid seen items, and give them back least recently seen first")
    func preferred() throws {
        let folder = try TemporaryDirectory()
        let (store, candidate) = try Self.store(in: folder)
        var spec = try Self.certification()
        spec.attempts.excludeSeen = [SeenItemRule(withinDays: 365, enforcement: .preferred)]
        let prior = try PriorAttempts.load(spec: spec, candidateID: candidate, excludingAttempt: nil, reference: Self.time("2025-07-01T09:00:00Z"), store: store)
        #expect(prior.excluded.isEmpty)
        #expect(Set(prior.avoided.keys) == ["X1", "X2", "Y1", "Y2"])
        #expect(prior.givenBackOrder == ["X1", "X2", "Y1", "Y2"])
        // The fewest items given back, least recently seen first, that the builder accepts.
        for (limit, expected) in [(4, Set(["X1", "X2", "Y1", "Y2"])), (3, ["X2", "Y1", "Y2"]), (2, ["Y1", "Y2"]), (1, ["Y2"]), (0, [])] {
            #expect(try prior.firstFeasible { set in
                guard set.count <= limit else { throw CancellationError() }
                return set
            } == expected)
        }
        #expect(throws: CancellationError.self) { try prior.firstFeasible { _ -> Int in throw CancellationError() } }
    }
}
