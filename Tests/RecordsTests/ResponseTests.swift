import Testing

@testable import Records

@Suite("Responses")
struct ResponseTests {
    @Test("a recorded response reads back exactly, with its option order and item version")
    func roundTrip() throws {
        let fixture = try Fixture()
        let attempt = try fixture.startAttempt()
        let response = fixture.response(attempt, 1)
        let receipt = try fixture.store.recordResponse(response)
        #expect(!receipt.wasAlreadyRecorded)
        #expect(try fixture.store.responses(attemptID: attempt) == [Recorded(id: receipt.responseID, value: response)])
    }

    @Test("recording the same response again is a no-op that returns the same row")
    func idempotent() throws {
        let fixture = try Fixture()
        let attempt = try fixture.startAttempt()
        let response = fixture.response(attempt, 1)
        let first = try fixture.store.recordResponse(response)
        let retry = try fixture.store.recordResponse(response)
        #expect(retry == ResponseReceipt(responseID: first.responseID, wasAlreadyRecorded: true))
        #expect(try fixture.store.responses(attemptID: attempt).count == 1)
        #expect(try fixture.store.info().auditEventCount == 3, "candidate, attempt, one response")
    }

    @Test("a different response at a recorded position is refused and changes nothing")
    func conflicting() throws {
        let fixture = try Fixture()
        let attempt = try fixture.startAttempt()
        try fixture.store.recordResponse(fixture.response(attempt, 1, score: 1))
        var changed = fixture.response(attempt, 1, score: 0)
        changed.answeredAt = try #require(fixture.store.responses(attemptID: attempt).first?.answeredAt)
        #expect(throws: RecordsError.self) { try fixture.store.recordResponse(changed) }
        do {
            try fixture.store.recordResponse(changed)
        } catch {
            #expect(error.description == "attempt \(attempt) already has a different response at sequence 1; nothing was changed")
        }
        #expect(try fixture.store.responses(attemptID: attempt).map(\.scoredValue) == [1])
    }

    @Test(
        "responses that break the attempt's order are refused with a precise message",
        arguments: [
            (2, "Q2", "attempt 1 expects response 2 next, not 3"),
            (1, "Q1", "item Q1 was already answered in attempt 1 (sequence 1)"),
        ])
    func order(sequenceOffset: Int, item: String, message: String) throws {
        let fixture = try Fixture()
        let attempt = try fixture.startAttempt()
        try fixture.store.recordResponse(fixture.response(attempt, 1))
        let bad = sequenceOffset == 2 ? fixture.response(attempt, 3) : fixture.response(attempt, 2, item: item)
        do {
            try fixture.store.recordResponse(bad)
            Issue.record("accepted \(bad.sequence)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("a paused, completed or unknown attempt takes no responses")
    func closedAttempts() throws {
        let fixture = try Fixture()
        let attempt = try fixture.startAttempt()
        try fixture.store.pauseAttempt(attempt, elapsedMilliseconds: 5000, at: fixture.clock.now())
        do {
            try fixture.store.recordResponse(fixture.response(attempt, 1))
            Issue.record("answered a paused attempt")
        } catch {
            #expect(error.description == "attempt \(attempt) is paused; cannot record a response before it is resumed")
        }
        try fixture.store.resumeAttempt(attempt, at: fixture.clock.now())
        try fixture.store.completeAttempt(attempt, scores: fixture.scores(), elapsedMilliseconds: 6000, at: fixture.clock.now())
        do {
            try fixture.store.recordResponse(fixture.response(attempt, 1))
        } catch {
            #expect(error.description == "attempt \(attempt) is completed; cannot record a response")
        }
        do {
            try fixture.store.recordResponse(fixture.response(99, 1))
        } catch {
            #expect(error.description == "no row 99 in attempts")
        }
    }

    @Test("non-finite numbers and NUL characters are refused before anything is written")
    func invalidValues() throws {
        let fixture = try Fixture()
        let attempt = try fixture.startAttempt()
        var nan = fixture.response(attempt, 1)
        nan.scoredValue = .nan
        var nul = fixture.response(attempt, 1)
        nul.rawAnswer = "b\u{0}"
        for (response, message) in [
            (nan, "the scored value must be a finite number, not nan"),
            (nul, "the answer contains a NUL character, which cannot be stored"),
        ] {
            do {
                try fixture.store.recordResponse(response)
                Issue.record("stored \(message)")
            } catch {
                #expect(error.description == message)
            }
        }
        #expect(try fixture.store.responses(attemptID: attempt).isEmpty)
    }
}
