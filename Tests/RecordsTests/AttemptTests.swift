import Testing

@testable import Records

@Suite("Attempts: starting, pausing, resuming, finishing")
struct AttemptTests {
    @Test("an attempt keeps its plan and the candidate's role and region at the start")
    func start() throws {
        let fixture = try Fixture()
        let candidateID = try fixture.register()
        let plan = fixture.plan(candidateID: candidateID)
        let id = try fixture.store.startAttempt(plan)
        let attempt = try #require(try fixture.store.attempt(id: id))
        #expect(attempt.value == Attempt(
            plan: plan, status: .inProgress, elapsedMilliseconds: 0, candidateRole: .newWorker, candidateRegion: "North",
            origin: .delivery))
        #expect(try fixture.store.attempts(candidateID: candidateID).map(\.id) == [id])
    }

    @Test("a seed above Int64.max survives the round trip")
    func bigSeed() throws {
        let fixture = try Fixture()
        var plan = fixture.plan(candidateID: try fixture.register())
        plan.seed = .max - 1
        let id = try fixture.store.startAttempt(plan)
        #expect(try fixture.store.attempt(id: id)?.value.plan.seed == .max - 1)
    }

    @Test("progress lists the answered items, the next position, the time used and what remains")
    func progress() throws {
        let fixture = try Fixture()
        let attempt = try fixture.startAttempt()
        try fixture.store.recordResponse(fixture.response(attempt, 1, elapsed: 30_000))
        try fixture.store.recordResponse(fixture.response(attempt, 2, elapsed: 75_000))
        let progress = try fixture.store.progress(ofAttempt: attempt)
        #expect(progress.answered.map(\.itemID) == ["Q1", "Q2"])
        #expect(progress.answered.map(\.itemHash) == ["hash-Q1", "hash-Q2"])
        #expect(progress.nextSequence == 3)
        #expect(progress.elapsedMilliseconds == 75_000)
        #expect(progress.remainingMilliseconds == 3_600_000 - 75_000)
        #expect(progress.remainingItems == ["Q3"])
    }

    @Test("time used carries across a pause, a reopen of the database and a resume")
    func pauseAndResume() throws {
        let fixture = try Fixture()
        let attempt = try fixture.startAttempt()
        try fixture.store.recordResponse(fixture.response(attempt, 1, elapsed: 30_000))
        try fixture.store.pauseAttempt(attempt, elapsedMilliseconds: 41_000, at: fixture.clock.now())
        let reopened = try RecordStore(path: fixture.path)
        #expect(try reopened.attempt(id: attempt)?.status == .paused)
        let resumed = try reopened.resumeAttempt(attempt, at: fixture.clock.now())
        #expect(resumed.attempt.value.status == .inProgress)
        #expect(resumed.elapsedMilliseconds == 41_000)
        #expect(resumed.nextSequence == 2)
        try reopened.recordResponse(fixture.response(attempt, 2, elapsed: 50_000))
        #expect(try reopened.progress(ofAttempt: attempt).elapsedMilliseconds == 50_000)
        #expect(try reopened.verifyAudit().isIntact)
    }

    @Test("completing writes the status and the first result together; a second completion is refused")
    func complete() throws {
        let fixture = try Fixture()
        let attempt = try fixture.startAttempt()
        let scores = fixture.scores()
        let finished = fixture.clock.now()
        let resultID = try fixture.store.completeAttempt(attempt, scores: scores, elapsedMilliseconds: 90_000, at: finished)
        let stored = try #require(try fixture.store.attempt(id: attempt))
        #expect(stored.status == .completed)
        #expect(stored.finishedAt == finished)
        #expect(stored.elapsedMilliseconds == 90_000)
        #expect(try fixture.store.currentResult(attemptID: attempt) == Recorded(
            id: resultID, value: AttemptResult(attemptID: attempt, revision: 1, reason: .completed, scores: scores, scoredAt: finished)))
        do {
            try fixture.store.completeAttempt(attempt, scores: scores, elapsedMilliseconds: 1, at: fixture.clock.now())
            Issue.record("completed twice")
        } catch {
            #expect(error.description == "attempt \(attempt) is completed; cannot complete it")
        }
    }

    @Test("expiring and voiding record the status, the time and the reason")
    func expireAndVoid() throws {
        let fixture = try Fixture()
        let expired = try fixture.startAttempt()
        try fixture.store.expireAttempt(expired, elapsedMilliseconds: 3_600_000, at: fixture.clock.now())
        #expect(try fixture.store.attempt(id: expired)?.status == .expired)
        let candidateID = try #require(try fixture.store.attempt(id: expired)?.value.plan.candidateID)
        let voided = try fixture.store.startAttempt(fixture.plan(candidateID: candidateID))
        try fixture.store.completeAttempt(voided, scores: fixture.scores(), elapsedMilliseconds: 10, at: fixture.clock.now())
        try fixture.store.voidAttempt(voided, reason: "notes seen on the desk", at: fixture.clock.now())
        let attempt = try #require(try fixture.store.attempt(id: voided))
        #expect(attempt.status == .voided)
        #expect(attempt.statusReason == "notes seen on the desk")
        #expect(try fixture.store.results(attemptID: voided).count == 1, "the result is kept")
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("a key change writes the change, the rescored responses and new result revisions in one go")
    func keyChange() throws {
        let fixture = try Fixture()
        let attempt = try fixture.startAttempt()
        let response = try fixture.store.recordResponse(fixture.response(attempt, 1, score: 0))
        try fixture.store.completeAttempt(attempt, scores: fixture.scores(raw: 0, maximum: 1), elapsedMilliseconds: 5, at: fixture.clock.now())
        let change = KeyChange(
            itemID: "Q1", previousItemHash: "hash-Q1", itemHash: "hash-Q1b", previousKeys: ["B"], keys: ["A", "B"],
            reason: "challenge upheld: A is also defensible", decidedBy: "panel", decidedAt: fixture.clock.now())
        let changeID = try fixture.store.recordKeyChange(
            change, rescores: [(response.responseID, 0, 1)], results: [(attempt, fixture.scores(raw: 1, maximum: 1))])
        #expect(try fixture.store.rescores(responseID: response.responseID).map(\.scoredValue) == [1])
        #expect(try fixture.store.results(attemptID: attempt).map(\.revision) == [1, 2])
        #expect(try fixture.store.currentResult(attemptID: attempt)?.keyChangeID == changeID)
        #expect(try fixture.store.responses(attemptID: attempt).map(\.scoredValue) == [0], "the response is kept as scored")
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("ratings are recorded with their occasion and comment, and corrections keep the original")
    func ratings() throws {
        let fixture = try Fixture()
        let candidateID = try fixture.register()
        let date = try #require(CalendarDate("2026-03-01"))
        let first = Rating(
            candidateID: candidateID, evaluator: "EV-7", instrument: "field-observation", rubricHash: "rubric-hash",
            occasion: "home visit 1", criterion: "FO-05", score: 2, comment: "Saw one child only; \"forgot\" the sibling",
            ratedOn: date, recordedAt: fixture.clock.now())
        let firstID = try fixture.store.recordRating(first)
        var correction = first
        correction.score = 3
        correction.supersedes = firstID
        correction.recordedAt = fixture.clock.now()
        let secondID = try fixture.store.recordRating(correction)
        #expect(try fixture.store.ratings(candidateID: candidateID) == [Recorded(id: firstID, value: first), Recorded(id: secondID, value: correction)])
        #expect(try fixture.store.verifyAudit().isIntact)
    }
}
