import GRDB

/// Writes rows and appends their audit events inside one write transaction.
///
/// The chain's head is read once when the writer is made; the transaction is IMMEDIATE, so no
/// other connection can append in between and the chain cannot fork.
struct AuditedWriter {
    let db: Database
    private var lastSeq: Int64
    private var lastHash: String

    init(_ db: Database) throws {
        precondition(db.isInsideTransaction, "an audited write runs inside a transaction")
        self.db = db
        let statement = try db.cachedStatement(sql: "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")
        if let row = try Row.fetchOne(statement) {
            lastSeq = row[0]
            lastHash = row[1]
        } else {
            lastSeq = 0
            lastHash = AuditEvent.genesisHash
        }
    }

    /// Inserts a row (values in the order of `table.columns`) and its audit event; returns the row id.
    @discardableResult
    mutating func insert(_ table: RecordTable, _ values: [SQLValue], kind: AuditEventKind, at: Timestamp) throws -> Int64 {
        precondition(values.count == table.columns.count, "\(table.name): \(values.count) values for \(table.columns.count) columns")
        let statement = try db.cachedStatement(sql: table.insertSQL)
        try statement.execute(arguments: StatementArguments(values.map(\.databaseValue)))
        let id = db.lastInsertedRowID
        var columns = Array(zip(table.columns, values)).map { (name: $0.0, value: $0.1) }
        columns.append((name: "id", value: .integer(id)))
        try append(kind: kind, table: table.name, rowID: id, row: RowSnapshot(columns), at: at)
        return id
    }

    /// Changes columns of a row and appends an event with the row as it now is.
    mutating func update(
        _ table: RecordTable, id: Int64, _ changes: [(column: String, value: SQLValue)], kind: AuditEventKind, at: Timestamp
    ) throws {
        let assignments = changes.map { "\($0.column) = ?" }.joined(separator: ", ")
        let statement = try db.cachedStatement(sql: "UPDATE \(table.name) SET \(assignments) WHERE id = ?")
        try statement.execute(arguments: StatementArguments(changes.map(\.value.databaseValue) + [id.databaseValue]))
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(table.name) WHERE id = ?"), arguments: [id])
        else { throw RecordsError.unknownRecord(table: table.name, id: id) }
        try append(kind: kind, table: table.name, rowID: id, row: RowSnapshot(row), at: at)
    }

    private mutating func append(kind: AuditEventKind, table: String, rowID: Int64, row: RowSnapshot, at: Timestamp) throws {
        let seq = lastSeq + 1
        let payload = AuditEvent.payload(seq: seq, kind: kind, table: table, rowID: rowID, at: at, row: row)
        let hash = AuditEvent.hash(previous: lastHash, payload: payload)
        let statement = try db.cachedStatement(
            sql: "INSERT INTO audit_events (seq, table_name, row_id, payload, hash) VALUES (?, ?, ?, ?, ?)")
        try statement.execute(arguments: [seq, table, rowID, String(decoding: payload, as: UTF8.self), hash])
        lastSeq = seq
        lastHash = hash
    }
}
