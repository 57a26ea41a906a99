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

    init(_ name: String, _ columns: [String]) {
        self.name = name
        self.columns = columns
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        insertSQL = "INSERT INTO \(name) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
    }

    static let candidates = RecordTable(
        "candidates",
        ["worker_id", "display_name", "role", "agency", "county", "region", "cohort", "hire_date", "registered_at"])

    static let attempts = RecordTable(
        "attempts",
        [
            "candidate_id", "test_id", "test_hash", "bank_hash", "mode", "purpose", "seed", "time_limit_ms", "form", "site",
            "candidate_role", "candidate_region", "origin", "status", "status_reason", "started_at", "finished_at",
            "elapsed_ms",
        ])

    static let responses = RecordTable(
        "responses",
        [
            "attempt_id", "sequence", "item_id", "item_hash", "option_order", "raw_answer", "selected_options", "rating",
            "scored_value", "counts_toward_score", "latency_ms", "elapsed_ms", "theta", "standard_error", "answered_at",
        ])

    static let results = RecordTable(
        "results",
        [
            "attempt_id", "revision", "reason", "key_change_id", "raw_score", "max_score", "percent", "theta",
            "standard_error", "scaled_score", "decision", "subscores", "policy_id", "policy_hash", "scored_at",
        ])

    static let keyChanges = RecordTable(
        "key_changes",
        ["item_id", "previous_item_hash", "item_hash", "previous_keys", "keys", "reason", "decided_by", "decided_at"])

    static let ratings = RecordTable(
        "ratings",
        [
            "candidate_id", "evaluator", "instrument", "rubric_hash", "occasion", "criterion", "score", "comment",
            "rated_on", "supersedes_id", "recorded_at",
        ])

    static let responseRescores = RecordTable(
        "response_rescores", ["response_id", "key_change_id", "previous_value", "scored_value", "rescored_at"])

    /// Every table the audit chain covers, in the order verification reads them.
    static let audited: [RecordTable] = [candidates, attempts, responses, results, keyChanges, ratings, responseRescores]
}
