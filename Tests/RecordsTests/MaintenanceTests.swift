import Foundation
import Testing

@testable import Records

@Suite("Info, integrity, backup and pseudonyms")
struct MaintenanceTests {
    @Test("info counts rows per table and attempts per status")
    func info() throws {
        let (fixture, _) = try AuditTests.populated()
        _ = try fixture.store.startAttempt(fixture.plan(candidateID: 1))
        let info = try fixture.store.info()
        #expect(info.rowCounts.map { "\($0.table)=\($0.count)" } == [
            "candidates=1", "attempts=2", "responses=2", "results=1", "key_changes=0", "ratings=1", "response_rescores=0",
            "audit_events=8",
        ])
        #expect(info.attemptsByStatus.filter { $0.count > 0 }.map { "\($0.status.rawValue)=\($0.count)" } == ["in-progress=1", "completed=1"])
        #expect(info.auditEventCount == 8)
        #expect(try fixture.store.integrityProblems().isEmpty)
    }

    @Test("a backup is a complete, verifiable copy, and never overwrites unless asked")
    func backup() throws {
        let (fixture, _) = try AuditTests.populated()
        let destination = fixture.folder.path("copy.sqlite")
        let copy = try fixture.store.backup(to: destination)
        #expect(copy.auditHeadHash == (try fixture.store.info().auditHeadHash))
        #expect(copy.journalMode == "delete")
        #expect(!FileManager.default.fileExists(atPath: destination + ".partial"))
        let restored = try RecordStore(path: destination, options: StoreOptions(createIfMissing: false))
        #expect(try restored.verifyAudit().isIntact)
        #expect(try restored.candidates().count == 1)
        do {
            try fixture.store.backup(to: destination)
            Issue.record("overwrote a backup")
        } catch {
            #expect(error.description == "\(destination) already exists; nothing was written (use --replace to overwrite)")
        }
        try fixture.register("W-2")
        #expect(try fixture.store.backup(to: destination, replacing: true).rowCounts.first?.count == 2)
    }

    @Test("pseudonyms are stable for a database, salted per database, and reveal nothing of the id")
    func pseudonyms() throws {
        let first = try Fixture()
        let second = try Fixture()
        let a = try first.store.pseudonymizer().pseudonym(for: "W-1001")
        #expect(a.count == 18)
        #expect(a.hasPrefix("P-"))
        #expect(try RecordStore(path: first.path).pseudonymizer().pseudonym(for: "W-1001") == a)
        #expect(try first.store.pseudonymizer().pseudonym(for: "W-1002") != a)
        #expect(try second.store.pseudonymizer().pseudonym(for: "W-1001") != a)
    }
}
