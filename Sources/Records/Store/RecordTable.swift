/// A table the engine writes and the audit chain covers: its name and insertable columns.
///
/// The column lists here and the values the `RecordStore+…` files bind are kept in the same
/// order; the audit encoding of an inserted row is built from them and the new row id, so no
/// row has to be read back after an insert.
struct RecordTable: Sendable {
    let name: String
    /// Every column except `id`, in insertion order.
    let columns: [String]
    let insertSQL: String
    /// The position of the table in ``audited``, so that a writer keeps its statements in an array.
    let ordinal: Int
    /// How audit events record its rows: in full for tables whose rows change, by digest for
    /// append-only tables (see ``AuditEvent``).
    let rowForm: AuditEvent.RowForm
    /// The columns in the order of the audit encoding (sorted by name, `id` included), each
    /// with its `"name":` bytes and its index in `columns` (-1 for `id`).
    private let encodingOrder: [(key: [UInt8], index: Int)]

    init(_ name: String, _ columns: [String], ordinal: Int, rowForm: AuditEvent.RowForm = .digest) {
        self.name = name
        self.columns = columns
        self.ordinal = ordinal
        self.rowForm = rowForm
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        insertSQL = "INSERT INTO \(name) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
        let named = columns.enumerated().map { (name: $0.element, index: $0.offset) } + [(name: "id", index: -1)]
        encodingOrder = named.sorted { $0.name < $1.name }.map { column in
            var writer = PayloadWriter(capacity: column.name.utf8.count + 3)
            writer.string(column.name)
            writer.byte(UInt8(ascii: ":"))
            return (writer.bytes, column.index)
        }
    }

    /// Writes the audit encoding of a row being inserted — the same bytes as
    /// ``RowSnapshot/write(to:)`` of the row read back — without sorting or reading it.
    func writeRow(_ values: [SQLValue], id: Int64, to writer: inout PayloadWriter) {
        writer.byte(UInt8(ascii: "{"))
        var first = true
        for (key, index) in encodingOrder {
            let value = index < 0 ? SQLValue.integer(id) : values[index]
            if value.isNull { continue }
            if !first { writer.byte(UInt8(ascii: ",")) }
            first = false
            writer.raw(key)
            writer.value(value)
        }
        writer.byte(UInt8(ascii: "}"))
    }

    static let candidates = RecordTable(
        "candidates",
        ["worker_id", "display_name", "role", "agency", "county", "region", "cohort", "hire_date", "registered_at"],
        ordinal: 0, rowForm: .full)

    static let attempts = RecordTable(
        "attempts",
        [
            "candidate_id", "test_id", "test_hash", "bank_hash", "mode", "purpose", "seed", "time_limit_ms", "form", "site",
            "candidate_role", "candidate_region", "origin", "status", "status_reason", "started_at", "finished_at",
            "elapsed_ms",
        ],
        ordinal: 1, rowForm: .full)

    static let responses = RecordTable(
        "responses",
        [
            "attempt_id", "sequence", "item_id", "item_hash", "option_order", "raw_answer", "selected_options", "rating",
            "scored_value", "counts_toward_score", "latency_ms", "elapsed_ms", "theta", "standard_error", "answered_at",
        ],
        ordinal: 2)

    static let results = RecordTable(
        "results",
        [
            "attempt_id", "revision", "reason", "key_change_id", "raw_score", "max_score", "percent", "theta",
            "standard_error", "scaled_score", "decision", "subscores", "policy_id", "policy_hash", "scored_at",
        ],
        ordinal: 3)

    static let keyChanges = RecordTable(
        "key_changes",
        ["item_id", "previous_item_hash", "item_hash", "previous_keys", "keys", "reason", "decided_by", "decided_at"], ordinal: 4)

    static let ratings = RecordTable(
        "ratings",
        [
            "candidate_id", "evaluator", "instrument", "rubric_hash", "occasion", "criterion", "score", "comment",
            "rated_on", "supersedes_id", "recorded_at",
        ],
        ordinal: 5)

    static let responseRescores = RecordTable(
        "response_rescores", ["response_id", "key_change_id", "previous_value", "scored_value", "rescored_at"], ordinal: 6)

    /// Every table the audit chain covers, in the order verification reads them.
    static let audited: [RecordTable] = [candidates, attempts, responses, results, keyChanges, ratings, responseRescores]
}
