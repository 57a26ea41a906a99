import GRDB

extension RecordStore {
    /// Records a key change together with what it rescored, all or nothing: the change, a new
    /// score for each affected response (the response itself is kept as it was), and a new
    /// result revision for each affected attempt — each with its audit event.
    ///
    /// Which responses and attempts a change affects, and their new scores, are the scoring
    /// layer's to decide; this writes them as one transaction. Returns the key change's id.
    @discardableResult
    public func recordKeyChange(
        _ change: KeyChange, rescores: [(responseID: Int64, previousValue: Double?, scoredValue: Double?)],
        results: [(attemptID: Int64, scores: Scores)]
    ) throws(RecordsError) -> Int64 {
        try Validation.required(change.itemID, "the item id")
        try Validation.required(change.reason, "the reason")
        try Validation.required(change.decidedBy, "who decided")
        try Validation.texts(change.keys + change.previousKeys, "a key")
        for rescore in rescores {
            try Validation.finite(rescore.previousValue, "a previous score")
            try Validation.finite(rescore.scoredValue, "a new score")
        }
        for result in results { try Self.validate(result.scores) }
        let time = change.decidedAt
        return try write(.full) { writer in
            let changeID = try writer.insert(
                .keyChanges,
                [
                    SQLValue(change.itemID), SQLValue(change.previousItemHash), SQLValue(change.itemHash),
                    SQLValue(jsonArray: change.previousKeys), SQLValue(jsonArray: change.keys), SQLValue(change.reason),
                    SQLValue(change.decidedBy), SQLValue(time),
                ],
                kind: .keyChange, at: time)
            for rescore in rescores {
                try writer.insert(
                    .responseRescores,
                    [.integer(rescore.responseID), .integer(changeID), SQLValue(rescore.previousValue), SQLValue(rescore.scoredValue), SQLValue(time)],
                    kind: .rescore, at: time)
            }
            for (attemptID, scores) in results {
                let last = try Int64.fetchOne(
                    writer.db.cachedStatement(sql: "SELECT max(revision) FROM results WHERE attempt_id = ?"), arguments: [attemptID])
                let result = AttemptResult(
                    attemptID: attemptID, revision: Int(last ?? 0) + 1, reason: .rescored, keyChangeID: changeID, scores: scores,
                    scoredAt: time)
                _ = try Self.insertResult(result, with: &writer)
            }
            return changeID
        }
    }

    /// The rescores of a response, oldest first (the last is its current score).
    public func rescores(responseID: Int64) throws(RecordsError) -> [Recorded<ResponseRescore>] {
        let rows = try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM response_rescores WHERE response_id = ? ORDER BY id"), arguments: [responseID])
        }
        var rescores: [Recorded<ResponseRescore>] = []
        for row in rows {
            rescores.append(
                Recorded(
                    id: row["id"],
                    value: ResponseRescore(
                        responseID: row["response_id"], keyChangeID: row["key_change_id"], previousValue: row["previous_value"],
                        scoredValue: row["scored_value"], rescoredAt: try timestamp(row["rescored_at"], column: "response_rescores.rescored_at"))))
        }
        return rescores
    }
}
