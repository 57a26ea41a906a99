import Foundation
import GRDB
import Synchronization

/// The records database: candidates, attempts, responses, results, ratings and the audit chain.
///
/// One SQLite file in WAL mode, opened through GRDB, created and migrated on first use. Every
/// write is one IMMEDIATE transaction that also appends the audit events of the rows it
/// touches; concurrent writers (other processes) wait for each other within the busy
/// timeout instead of failing. Methods are synchronous and safe to call from any thread.
///
/// Durability: writes that belong to a certification attempt, and every result, rating, key
/// change, void and import, commit at `synchronous = FULL`; other writes at the store's
/// ``StoreOptions/routineDurability`` (FULL unless set to NORMAL). See ``Durability``.
public final class RecordStore: Sendable {
    /// The database file.
    public let path: String
    public let options: StoreOptions
    let queue: DatabaseQueue
    /// Attempt purposes never change, so the durability of a response's commit is decided
    /// without a read once the attempt has been seen.
    private let purposes = Mutex<[Int64: AttemptPurpose]>([:])
    /// The connection's `synchronous` setting, so that it is changed only when a write needs
    /// another one (nil until the first write sets it).
    private let synchronous = Mutex<Durability?>(nil)

    /// Opens (creating and migrating when needed) the database at `path`.
    public init(path: String, options: StoreOptions = StoreOptions()) throws(RecordsError) {
        self.path = path
        self.options = options
        if !options.createIfMissing, !FileManager.default.fileExists(atPath: path) { throw .noDatabase(path: path) }
        var configuration = Configuration()
        configuration.label = "assess.records"
        configuration.foreignKeysEnabled = true
        let busyWait = BusyWait(timeout: options.busyTimeout)
        configuration.busyMode = .callback { tries in busyWait.shouldRetry(afterTries: tries) }
        configuration.prepareDatabase { db in
            // WAL: readers (reports, backups) never block the writer and it never blocks them.
            // The journal mode is persistent, so this is a no-op after the first open.
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw RecordsError.io(path: path, reason: "cannot switch the database to WAL mode")
            }
        }
        do {
            queue = try Self.open(path: path, configuration: configuration, timeout: options.busyTimeout)
            try Self.migrate(queue, path: path, upTo: options.lastMigration, timeout: options.busyTimeout)
        } catch {
            throw .wrapping(error, path: path, busyTimeout: options.busyTimeout)
        }
    }

    /// Opens the connection. When several processes create the same new file at once, the
    /// switch to WAL can fail with SQLITE_BUSY at once, without the busy handler being asked
    /// (SQLite does not wait where waiting could deadlock, as when another connection holds the
    /// read lock it needs to upgrade): back off and open again, within the busy timeout.
    private static func open(path: String, configuration: Configuration, timeout: Double) throws -> DatabaseQueue {
        let deadline = Date().addingTimeInterval(timeout)
        var delay = 0.002
        while true {
            do {
                return try DatabaseQueue(path: path, configuration: configuration)
            } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && Date() < deadline {
                Thread.sleep(forTimeInterval: delay)
                delay = min(delay * 2, 0.1)
            }
        }
    }

    /// Applies the migrations this engine knows and the database lacks.
    ///
    /// Several processes may open a new database at once. GRDB's migrator reads which
    /// migrations are applied before it takes the write lock, so the slower opener can find a
    /// table half-way between "missing" and "created" (`table already exists`, `no such
    /// table`). Each migration is one transaction, so a failed attempt left nothing behind: the
    /// opener backs off and looks again, within the busy timeout.
    private static func migrate(_ queue: DatabaseQueue, path: String, upTo last: String?, timeout: Double) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var delay = 0.002
        while true {
            do {
                return try migrateOnce(queue, path: path, upTo: last)
            } catch let error as DatabaseError where isRace(error) && Date() < deadline {
                Thread.sleep(forTimeInterval: delay)
                delay = min(delay * 2, 0.1)
            }
        }
    }

    /// Errors another opener's concurrent migration can cause (damaged files and I/O errors
    /// are not among them, so they are reported at once).
    private static func isRace(_ error: DatabaseError) -> Bool {
        [.SQLITE_ERROR, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_SCHEMA].contains(error.resultCode)
    }

    private static func migrateOnce(_ queue: DatabaseQueue, path: String, upTo last: String?) throws {
        let migrator = RecordsSchema.migrator(upTo: last)
        let (completed, applied) = try queue.read { db in
            (try migrator.hasCompletedMigrations(db), try migrator.appliedIdentifiers(db))
        }
        let unknown = applied.subtracting(Set(migrator.migrations))
        if !unknown.isEmpty { throw RecordsError.newerSchema(path: path, unknownMigrations: unknown.sorted()) }
        if !completed { try migrator.migrate(queue) }
    }

    // MARK: - Transactions

    /// Runs `body` in one IMMEDIATE write transaction at `durability`, with a writer that
    /// appends audit events; commits when it returns, rolls back when it throws.
    func write<T>(_ durability: Durability, _ body: (inout AuditedWriter) throws -> T) throws(RecordsError) -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                // `synchronous` cannot change inside a transaction, so it is set before BEGIN.
                if synchronous.withLock({ $0 }) != durability {
                    try db.execute(sql: durability.pragma)
                    synchronous.withLock { $0 = durability }
                }
                var result: T?
                try db.inTransaction(.immediate) {
                    var writer = try AuditedWriter(db)
                    result = try body(&writer)
                    return .commit
                }
                guard let result else { preconditionFailure("a committed transaction produced its result") }
                return result
            }
        } catch {
            throw .wrapping(error, path: path, busyTimeout: options.busyTimeout)
        }
    }

    /// Runs `body` in a read transaction (a consistent snapshot while others write).
    func read<T>(_ body: (Database) throws -> T) throws(RecordsError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw .wrapping(error, path: path, busyTimeout: options.busyTimeout)
        }
    }

    /// The durability of a write that belongs to an attempt with `purpose`.
    func durability(for purpose: AttemptPurpose) -> Durability {
        purpose == .certification ? .full : options.routineDurability
    }

    /// The purpose of an attempt, remembered after the first read.
    func purpose(ofAttempt id: Int64) throws(RecordsError) -> AttemptPurpose {
        if let known = purposes.withLock({ $0[id] }) { return known }
        let text = try read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT purpose FROM attempts WHERE id = ?"), arguments: [id])
        }
        guard let text else { throw .unknownRecord(table: "attempts", id: id) }
        let purpose = try Self.decode(AttemptPurpose.self, text, column: "attempts.purpose", path: path)
        remember(purpose, ofAttempt: id)
        return purpose
    }

    func remember(_ purpose: AttemptPurpose, ofAttempt id: Int64) {
        purposes.withLock { $0[id] = purpose }
    }

    /// Releases the database connection; the store must not be used afterwards.
    public func close() throws(RecordsError) {
        do { try queue.close() } catch { throw .wrapping(error, path: path, busyTimeout: options.busyTimeout) }
    }
}
