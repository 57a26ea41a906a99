import Foundation
import Testing

@testable import Records

@Suite("RecordStore: opening, migrating, locking")
struct RecordStoreTests {
    @Test("a new database is created and migrated, in WAL mode with foreign keys on")
    func createsAndMigrates() throws {
        let fixture = try Fixture()
        let info = try fixture.store.info()
        #expect(info.schemaVersion == RecordsSchema.migrations.count)
        #expect(info.migrations == RecordsSchema.migrations.map(\.identifier))
        #expect(info.journalMode == "wal")
        #expect(info.rowCounts.map(\.table) == [
            "candidates", "attempts", "responses", "results", "key_changes", "ratings", "response_rescores", "audit_events",
        ])
        #expect(try fixture.sqlite3("PRAGMA user_version").output == "\(RecordsSchema.migrations.count)\n")
        #expect(try fixture.sqlite3("PRAGMA journal_mode").output == "wal\n")
        let orphan = try fixture.sqlite3(
            "PRAGMA foreign_keys = ON; INSERT INTO attempts (candidate_id, test_id, test_hash, bank_hash, mode, purpose, seed, candidate_role, origin, status, started_at, elapsed_ms) VALUES (99, 't', 'h', 'b', 'linear', 'pre', 1, 'incumbent', 'delivery', 'in-progress', 'x', 0)")
        #expect(orphan.output.contains("FOREIGN KEY constraint failed"))
    }

    @Test("opening an existing database again keeps its rows and salt")
    func reopens() throws {
        let fixture = try Fixture()
        try fixture.register()
        let salt = try fixture.sqlite3("SELECT value FROM store_settings").output
        let again = try RecordStore(path: fixture.path)
        #expect(try again.candidates().map(\.workerID) == ["W-1001"])
        #expect(try fixture.sqlite3("SELECT value FROM store_settings").output == salt)
        #expect(salt.count == 65)
    }

    @Test("a read-only command does not create a missing database")
    func noDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing.sqlite")
        #expect(throws: RecordsError.self) { try RecordStore(path: path, options: StoreOptions(createIfMissing: false)) }
        do {
            _ = try RecordStore(path: path, options: StoreOptions(createIfMissing: false))
        } catch {
            #expect(error.description == "no database at \(path) (commands that write create it: candidates add, candidates import, import-results)")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a database migrated by a newer engine is refused, not altered")
    func newerSchema() throws {
        let fixture = try Fixture()
        try fixture.sqlite3("INSERT INTO grdb_migrations VALUES ('v99')")
        do {
            _ = try RecordStore(path: fixture.path)
            Issue.record("opened a database from the future")
        } catch {
            #expect(error.description == "\(fixture.path) was migrated by a newer version of assess (unknown migrations: v99); use that version")
        }
    }

    @Test("a file that is not a database is reported as such")
    func notADatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("notes.sqlite")
        try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try RecordStore(path: path)
            Issue.record("opened a text file")
        } catch {
            #expect(error.description == "\(path) is not a usable assess database: file is not a database")
        }
    }

    @Test("a write blocked past the busy timeout fails with a clear busy error, and waits otherwise")
    func busyTimeout() throws {
        let fixture = try Fixture(options: StoreOptions(busyTimeout: 0.3))
        let holder = try LockHolder(path: fixture.path)
        do {
            try fixture.register()
            Issue.record("wrote through another writer's lock")
        } catch {
            #expect(error.isBusy)
            #expect(error.description == "the database \(fixture.path) is busy: another process has been writing to it for more than 0.3 s; nothing was changed, try again (or raise --busy-timeout)")
        }
        // Reads are not blocked by a writer in WAL mode.
        #expect(try fixture.store.candidates().isEmpty)
        holder.release(after: 0.2)
        let patient = try RecordStore(path: fixture.path, options: StoreOptions(busyTimeout: 5))
        try patient.registerCandidate(fixture.candidate("W-2"))
        #expect(try patient.candidates().count == 1)
    }
}

/// A `sqlite3` shell holding the write lock (an open IMMEDIATE transaction) until released.
final class LockHolder {
    private let process = Process()
    private let input = Pipe()

    init(path: String) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'locked';\n".utf8))
        // Wait until the shell has the lock.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
    }

    /// Ends the shell (its transaction rolls back) after `delay` seconds, without blocking.
    func release(after delay: Double) {
        let handle = input.fileHandleForWriting
        DispatchQueue.global().asyncAfter(deadline: .now() + delay) { try? handle.close() }
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
