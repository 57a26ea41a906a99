/// What `assess db info` shows: where the database is, its schema and what it holds.
public struct StoreInfo: Sendable, Hashable {
    public var path: String
    /// The number of migrations applied (also SQLite's `user_version`).
    public var schemaVersion: Int
    /// Their identifiers, oldest first.
    public var migrations: [String]
    public var journalMode: String
    public var pageSize: Int
    public var pageCount: Int
    /// Rows per table, for every table the engine writes.
    public var rowCounts: [(table: String, count: Int)]
    /// Attempts per status.
    public var attemptsByStatus: [(status: AttemptStatus, count: Int)]
    public var auditEventCount: Int
    public var auditHeadHash: String

    public static func == (lhs: StoreInfo, rhs: StoreInfo) -> Bool {
        lhs.path == rhs.path && lhs.schemaVersion == rhs.schemaVersion && lhs.migrations == rhs.migrations
            && lhs.journalMode == rhs.journalMode && lhs.pageSize == rhs.pageSize && lhs.pageCount == rhs.pageCount
            && lhs.rowCounts.elementsEqual(rhs.rowCounts, by: ==) && lhs.attemptsByStatus.elementsEqual(rhs.attemptsByStatus, by: ==)
            && lhs.auditEventCount == rhs.auditEventCount && lhs.auditHeadHash == rhs.auditHeadHash
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(auditHeadHash)
    }
}
