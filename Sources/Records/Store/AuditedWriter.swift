import GRDB

/// Writes rows and appends their audit events inside one write transaction.
///
/// The chain's head is read once when the writer is made; the transaction is IMMEDIATE, so no
/// other connection can append in between and the chain cannot fork.
///
/// Inserts are the hot path of imports (two rows — the record and its event — per response):
/// statements are prepared once per writer and bound without validation (the values always
/// match the columns), and the event payload is written from the values, not read back.
struct AuditedWriter {
    let db: Database
    private var lastSeq: Int64
    private var lastHash: String
    private var inserts: [Statement?] = Array(repeating: nil, count: RecordTable.audited.count)
    private var appendEvent: Statement?
    /// The last time written and its text: an import stamps a million events with one time.
    private var lastTime: (time: Timestamp, text: String)?

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
        let statement = try inserts[table.ordinal] ?? db.cachedStatement(sql: table.insertSQL)
        inserts[table.ordinal] = statement
        try StatementRunner.run(statement, values, in: db)
        let id = db.lastInsertedRowID
        try append(kind: kind, table: table.name, rowID: id, at: at, form: table.rowForm) { writer in
            table.writeRow(values, id: id, to: &writer)
        }
        return id
    }

    /// Changes columns of a row and appends an event with the row as it now is.
    mutating func update(
        _ table: RecordTable, id: Int64, _ changes: [(column: String, value: SQLValue)], kind: AuditEventKind, at: Timestamp
    ) throws {
        precondition(table.rowForm == .full, "\(table.name) is append-only")
        let assignments = changes.map { "\($0.column) = ?" }.joined(separator: ", ")
        let statement = try db.cachedStatement(sql: "UPDATE \(table.name) SET \(assignments) WHERE id = ?")
        try statement.execute(arguments: StatementArguments(changes.map { $0.value.databaseValue } + [id.databaseValue]))
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(table.name) WHERE id = ?"), arguments: [id])
        else { throw RecordsError.unknownRecord(table: table.name, id: id) }
        let snapshot = RowSnapshot(row)
        try append(kind: kind, table: table.name, rowID: id, at: at, form: .full) { writer in snapshot.write(to: &writer) }
    }

    private mutating func append(
        kind: AuditEventKind, table: String, rowID: Int64, at: Timestamp, form: AuditEvent.RowForm,
        writeRow: (inout PayloadWriter) -> Void
    ) throws {
        let seq = lastSeq + 1
        let time = lastTime?.time == at ? lastTime?.text ?? at.description : at.description
        lastTime = (at, time)
        let payload = AuditEvent.payload(seq: seq, kind: kind, table: table, rowID: rowID, at: time, form: form, writeRow: writeRow)
        let hash = AuditEvent.hash(previous: lastHash, payload: payload)
        let statement = try appendEvent ?? db.cachedStatement(
            sql: "INSERT INTO audit_events (seq, table_name, row_id, hash, payload) VALUES (?, ?, ?, ?, ?)")
        appendEvent = statement
        try StatementRunner.run(statement, [.integer(seq), .text(table), .integer(rowID), .text(hash)], utf8Text: payload, in: db)
        lastSeq = seq
        lastHash = hash
    }
}
