import Foundation
import GRDB

extension RecordStore {
    /// The schema version and what the database holds, read in one snapshot.
    public func info() throws(RecordsError) -> StoreInfo {
        let migrator = RecordsSchema.migrator(upTo: options.lastMigration)
        return try read { db in try Self.info(of: db, path: path, migrator: migrator) }
    }

    /// The info of the database open as `db`.
    static func info(of db: Database, path: String, migrator: DatabaseMigrator) throws -> StoreInfo {
        let applied = try migrator.appliedMigrations(db)
        var counts: [(table: String, count: Int)] = []
        for table in RecordTable.audited.map(\.name) + ["audit_events"] where try db.tableExists(table) {
            counts.append((table, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0))
        }
        var byStatus: [(status: AttemptStatus, count: Int)] = []
        for status in AttemptStatus.allCases {
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM attempts WHERE status = ?", arguments: [status.rawValue]) ?? 0
            byStatus.append((status, count))
        }
        let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")
        return StoreInfo(
            path: path, schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, migrations: applied,
            journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
            pageSize: try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0, pageCount: try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0,
            rowCounts: counts, attemptsByStatus: byStatus, auditEventCount: Int(head?[0] as Int64? ?? 0),
            auditHeadHash: head?[1] ?? AuditEvent.genesisHash)
    }

    /// SQLite's `integrity_check` and `foreign_key_check`; empty when both pass.
    public func integrityProblems() throws(RecordsError) -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "\(row[0] as String) row \(row[1] as Int64? ?? 0) refers to a missing \(row[2] as String) row"
            }
            return integrity + foreignKeys
        }
    }

    /// Copies the database to `destination` with SQLite's online backup API, in one step from
    /// one read snapshot: consistent while others keep writing, which they may.
    ///
    /// The copy is written beside the destination and renamed into place when complete, so a
    /// failed or interrupted backup never leaves a half-written file under that name.
    /// Returns what the copy holds.
    @discardableResult
    public func backup(to destination: String, replacing: Bool = false) throws(RecordsError) -> StoreInfo {
        let manager = FileManager.default
        if manager.fileExists(atPath: destination), !replacing { throw .wouldOverwrite(path: destination) }
        let partial = destination + ".partial"
        for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: partial + suffix) }
        let copied: StoreInfo
        do {
            let target = try DatabaseQueue(path: partial)
            try queue.backup(to: target)
            // Back to a single file: the copy needs no write-ahead log until it is opened to write.
            try target.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") }
            let migrator = RecordsSchema.migrator(upTo: options.lastMigration)
            copied = try target.read { db in try Self.info(of: db, path: destination, migrator: migrator) }
            try target.close()
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: partial + suffix) }
            throw .wrapping(error, path: destination, busyTimeout: options.busyTimeout)
        }
        guard rename(partial, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: partial)
            throw .io(path: destination, reason: reason)
        }
        return copied
    }
}
