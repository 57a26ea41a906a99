import GRDB

/// The database schema, as an ordered list of migrations.
///
/// A migration is never edited once released: a change is a new migration. The schema version
/// is the number of migrations applied; SQLite's `user_version` holds it too, so that the
/// `sqlite3` shell shows it (`PRAGMA user_version`). See docs/RECORDS.md for every table.
enum RecordsSchema {
    /// The migrations in order, each with its identifier.
    static let migrations: [(identifier: String, apply: @Sendable (Database) throws -> Void)] = [
        ("v1", v1),
        ("v2", v2),
    ]

    /// The identifier of the newest migration this engine knows.
    static var latest: String { migrations[migrations.count - 1].identifier }

    /// A migrator over the migrations up to and including `last` (all by default).
    ///
    /// Built in a function, not stored, so that each store gets its own (GRDB's migrator is a
    /// value that registering mutates).
    static func migrator(upTo last: String? = nil) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (index, migration) in migrations.enumerated() {
            let version = index + 1
            let apply = migration.apply
            migrator.registerMigration(migration.identifier) { db in
                try apply(db)
                try db.execute(sql: "PRAGMA user_version = \(version)")
            }
            if migration.identifier == last { break }
        }
        return migrator
    }

    /// Makes a table append-only: rows may be inserted, never changed or deleted by the
    /// engine. (A hand edit can drop the triggers; the audit chain is what catches that.)
    static func appendOnly(_ table: String) -> String {
        """
        CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) are append-only'); END;
        CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) are append-only'); END;
        """
    }
}
