import AssessCore
import Testing

@testable import Records

@Suite("Audit chain: recording and verifying")
struct AuditTests {
    /// A database with one of everything: a candidate, a completed attempt with two
    /// responses and a result, and a rating.
    static func populated() throws -> (fixture: Fixture, attempt: Int64) {
        let fixture = try Fixture()
        let candidateID = try fixture.register()
        let attempt = try fixture.store.startAttempt(fixture.plan(candidateID: candidateID))
        try fixture.store.recordResponse(fixture.response(attempt, 1))
        try fixture.store.recordResponse(fixture.response(attempt, 2, score: 0))
        try fixture.store.completeAttempt(attempt, scores: fixture.scores(), elapsedMilliseconds: 30_000, at: fixture.clock.now())
        try fixture.store.recordRating(
            Rating(
                candidateID: candidateID, evaluator: "EV-1", instrument: "case-record-review", criterion: "CRR-02", score: 3,
                ratedOn: CalendarDate(year: 2026, month: 3, day: 2)!, recordedAt: fixture.clock.now()))
        return (fixture, attempt)
    }

    @Test("every write appends one event per row it touches, and the chain verifies")
    func intact() throws {
        let (fixture, _) = try Self.populated()
        let report = try fixture.store.verifyAudit()
        #expect(report.isIntact)
        // candidate, attempt started, 2 responses, attempt completed, result, rating
        #expect(report.eventCount == 7)
        #expect(try fixture.sqlite3("SELECT group_concat(table_name, ' ') FROM (SELECT table_name FROM audit_events ORDER BY seq)").output
            == "candidates attempts responses responses attempts results ratings\n")
        #expect(report.headHash == (try fixture.sqlite3("SELECT hash FROM audit_events WHERE seq = 7").output.dropLast()))
    }

    @Test("an event's hash is SHA-256 of the previous hash in hex followed by the payload, as documented")
    func hashRule() throws {
        let (fixture, _) = try Self.populated()
        var previous = AuditEvent.genesisHash
        for seq in 1...7 {
            let payload = try fixture.sqlite3("SELECT payload FROM audit_events WHERE seq = \(seq)").output.dropLast()
            let hash = try fixture.sqlite3("SELECT hash FROM audit_events WHERE seq = \(seq)").output.dropLast()
            #expect(SHA256Hex.digest(of: previous + payload) == hash)
            previous = String(hash)
        }
        let first = try fixture.sqlite3("SELECT payload FROM audit_events WHERE seq = 1").output
        #expect(first == """
            {"at":"2026-03-02T09:00:00.000Z","kind":"candidate-registered","row":{"agency":"Metro DCFS","cohort":"2026-spring",\
            "county":"Adams","display_name":"Ada Worker","hire_date":"2026-01-15","id":1,"region":"North",\
            "registered_at":"2026-03-02T09:00:00.000Z","role":"new-worker","worker_id":"W-1001"},"rowid":1,"seq":1,\
            "table":"candidates"}

            """)
    }

    @Test("the engine's tables refuse updates and deletes of recorded responses and results")
    func appendOnly() throws {
        let (fixture, _) = try Self.populated()
        #expect(try fixture.sqlite3("UPDATE responses SET scored_value = 1 WHERE id = 2").output
            == "Error: stepping, responses are append-only (19)\n")
        #expect(try fixture.sqlite3("DELETE FROM results").output == "Error: stepping, results are append-only (19)\n")
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    /// Tampering a user could do in the `sqlite3` shell, and what verification must say.
    static let tampering: [(sql: String, finding: String)] = [
        (
            "DROP TRIGGER responses_no_update; UPDATE responses SET scored_value = 1.0 WHERE id = 2",
            "responses row 2 was changed after audit event 4 recorded it"
        ),
        (
            "DROP TRIGGER results_no_update; UPDATE results SET decision = 'fail', raw_score = 1.0 WHERE id = 1",
            "results row 1 was changed after audit event 6 recorded it"
        ),
        ("UPDATE candidates SET display_name = 'Someone Else' WHERE id = 1", "candidates row 1 was changed after audit event 1 recorded it"),
        ("UPDATE attempts SET status = 'voided' WHERE id = 1", "attempts row 1 was changed after audit event 5 recorded it"),
        (
            "DROP TRIGGER responses_no_delete; DELETE FROM responses WHERE id = 1",
            "responses row 1, recorded by audit event 3, is missing (deleted)"
        ),
        (
            "INSERT INTO responses (attempt_id, sequence, item_id, item_hash, option_order, counts_toward_score, answered_at) VALUES (1, 3, 'Q3', 'h', '[]', 1, 'x')",
            "responses row 3 has no audit event (written outside the engine)"
        ),
        (
            "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET payload = replace(payload, '\"kind\":\"response\"', '\"kind\":\"rescore\"') WHERE seq = 4",
            "audit event 4 was altered (its hash does not match its contents)"
        ),
        (
            "DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE seq = 2",
            "audit event 2 is missing (events were deleted)"
        ),
        (
            "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET row_id = 1 WHERE seq = 4",
            "audit event 4 was altered (its table or row id does not match its contents)"
        ),
    ]

    @Test("tampering with the sqlite3 shell is caught, and the first mismatch names the table and row", arguments: tampering)
    func tampered(sql: String, finding: String) throws {
        let (fixture, _) = try Self.populated()
        let shell = try fixture.sqlite3(sql)
        #expect(shell.status == 0, "\(shell.output)")
        let report = try fixture.store.verifyAudit()
        #expect(report.findings.first?.description == finding)
        do {
            try fixture.store.requireIntactAudit()
            Issue.record("verification passed after tampering")
        } catch {
            #expect(error.description == "audit chain broken: \(finding)")
        }
    }

    @Test("a rewritten history is caught by comparing the head recorded earlier")
    func head() throws {
        let (fixture, _) = try Self.populated()
        let head = try fixture.store.verifyAudit().headHash
        try fixture.register("W-2")
        #expect(try fixture.store.verifyAudit().headHash != head)
    }
}
