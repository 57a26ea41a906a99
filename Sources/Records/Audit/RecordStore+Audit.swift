import GRDB

extension RecordStore {
    /// The most findings a verification collects before it stops listing them.
    public static let maximumFindings = 100

    /// Walks the audit chain and checks every row it covers, in one read snapshot.
    ///
    /// 1. Each event's hash is SHA-256(previous hash ‖ payload), the sequence has no gaps,
    ///    and the table and row columns agree with the payload.
    /// 2. For every row of every audited table, the latest event that recorded it is
    ///    re-derived from the row as it is now and must equal the recorded payload; a row
    ///    without an event, or an event whose row is gone, is reported.
    ///
    /// It does not detect a chain rewritten consistently from some event on, or events cut off
    /// the end, unless the ``AuditReport/headHash`` recorded earlier is compared.
    public func verifyAudit() throws(RecordsError) -> AuditReport {
        try read { db in
            var findings = FindingList()
            let (count, head) = try Self.walkChain(db, into: &findings)
            for table in RecordTable.audited where try db.tableExists(table.name) {
                try Self.checkRows(of: table.name, db, into: &findings)
            }
            return AuditReport(
                eventCount: count, headHash: head, findings: findings.sorted, findingsTruncated: findings.truncated)
        }
    }

    /// Throws ``RecordsError/auditFailed(_:)`` with the first finding unless the chain is intact.
    @discardableResult
    public func requireIntactAudit() throws(RecordsError) -> AuditReport {
        let report = try verifyAudit()
        if let first = report.findings.first { throw .auditFailed(first) }
        return report
    }

    struct FindingList {
        private(set) var all: [AuditFinding] = []
        private(set) var truncated = false

        mutating func append(_ finding: AuditFinding) {
            if all.count < RecordStore.maximumFindings { all.append(finding) } else { truncated = true }
        }

        var sorted: [AuditFinding] { all.sorted { $0.sortKey < $1.sortKey } }
    }

    private static func walkChain(_ db: Database, into findings: inout FindingList) throws -> (Int64, String) {
        var expected: Int64 = 1
        var previous = AuditEvent.genesisHash
        let events = try Row.fetchCursor(db, sql: "SELECT seq, table_name, row_id, payload, hash FROM audit_events ORDER BY seq")
        while let event = try events.next() {
            let seq: Int64 = event[0]
            if seq != expected { findings.append(.eventMissing(seq: expected)) }
            expected = seq + 1
            let payload = Array((event[3] as String).utf8)
            let hash: String = event[4]
            if AuditEvent.hash(previous: previous, payload: payload) != hash { findings.append(.eventAltered(seq: seq)) }
            if !payload.ends(with: AuditEvent.suffix(seq: seq, table: event[1], rowID: event[2])) {
                findings.append(.eventRelabelled(seq: seq))
            }
            previous = hash
        }
        return (expected - 1, previous)
    }

    /// A merge of the table's rows with the latest event of each row, both in id order.
    private static func checkRows(of table: String, _ db: Database, into findings: inout FindingList) throws {
        // With a single max() aggregate, SQLite takes the bare columns from the row holding
        // the maximum: the latest event of each row.
        let events = try Row.fetchCursor(
            db, sql: "SELECT row_id, max(seq), payload FROM audit_events WHERE table_name = ? GROUP BY row_id ORDER BY row_id",
            arguments: [table])
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY id")
        var event = try events.next().map(LatestEvent.init)
        var row = try rows.next().map(CurrentRow.init)
        while true {
            switch (event, row) {
            case (nil, nil):
                return
            case (let latest?, nil):
                findings.append(.rowMissing(table: table, rowID: latest.rowID, seq: latest.seq))
                event = try events.next().map(LatestEvent.init)
            case (nil, let current?):
                findings.append(.rowUnrecorded(table: table, rowID: current.id))
                row = try rows.next().map(CurrentRow.init)
            case (let latest?, let current?):
                if latest.rowID < current.id {
                    findings.append(.rowMissing(table: table, rowID: latest.rowID, seq: latest.seq))
                    event = try events.next().map(LatestEvent.init)
                } else if current.id < latest.rowID {
                    findings.append(.rowUnrecorded(table: table, rowID: current.id))
                    row = try rows.next().map(CurrentRow.init)
                } else {
                    if !latest.matches(current.snapshot, table: table) {
                        findings.append(.rowChanged(table: table, rowID: latest.rowID, seq: latest.seq))
                    }
                    event = try events.next().map(LatestEvent.init)
                    row = try rows.next().map(CurrentRow.init)
                }
            }
        }
    }

    private struct CurrentRow {
        var id: Int64
        var snapshot: RowSnapshot

        init(_ row: Row) {
            id = row["id"]
            snapshot = RowSnapshot(row)
        }
    }

    private struct LatestEvent {
        var rowID: Int64
        var seq: Int64
        var payload: [UInt8]

        init(_ row: Row) {
            rowID = row[0]
            seq = row[1]
            payload = Array((row[2] as String).utf8)
        }

        /// Whether the payload is what the event would be with the row as it is now (in the
        /// form the event used).
        func matches(_ snapshot: RowSnapshot, table: String) -> Bool {
            guard let (head, form) = AuditEvent.head(of: payload) else { return false }
            var writer = PayloadWriter(capacity: payload.count)
            writer.raw(Array(head))
            AuditEvent.writeRowPart(form, { snapshot.write(to: &$0) }, to: &writer)
            writer.raw(AuditEvent.suffix(seq: seq, table: table, rowID: rowID))
            return writer.bytes == payload
        }
    }
}

extension Array where Element: Equatable {
    func ends(with suffix: [Element]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
