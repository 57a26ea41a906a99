import AssessCore
import GRDB

extension RecordStore {
    static func validate(_ scores: Scores) throws(RecordsError) {
        for (value, field) in [(scores.raw, "the raw score"), (scores.maximum, "the maximum score"), (scores.percent, "the percent score")] {
            try Validation.finite(value, field)
        }
        try Validation.finite(scores.theta, "theta")
        try Validation.finite(scores.standardError, "the standard error")
        try Validation.finite(scores.scaled, "the scaled score")
        for (key, subscore) in scores.subscores {
            try Validation.text(key, "a subscore name")
            try Validation.finite(subscore.raw, "subscore \(key)")
            try Validation.finite(subscore.maximum, "subscore \(key)")
        }
        try Validation.text(scores.policyID, "the policy id")
        try Validation.required(scores.policyHash, "the policy hash")
    }

    /// Subscores as a canonical JSON object: `{"block/safety":{"max":10.0,"raw":7.0}}`.
    static func subscoresJSON(_ subscores: [String: Subscore]) -> String {
        var json = CanonicalJSON()
        json.object { json in
            for key in subscores.keys.sorted() {
                guard let subscore = subscores[key] else { continue }
                json.key(key)
                json.object { json in
                    json.key("max")
                    json.number(subscore.maximum)
                    json.key("raw")
                    json.number(subscore.raw)
                }
            }
        }
        return String(decoding: json.bytes, as: UTF8.self)
    }

    static func insertResult(_ result: AttemptResult, with writer: inout AuditedWriter) throws -> Int64 {
        let scores = result.scores
        return try writer.insert(
            .results,
            [
                .integer(result.attemptID), SQLValue(result.revision), SQLValue(result.reason), SQLValue(result.keyChangeID),
                .real(scores.raw), .real(scores.maximum), .real(scores.percent), SQLValue(scores.theta),
                SQLValue(scores.standardError), SQLValue(scores.scaled), SQLValue(scores.decision),
                .text(subscoresJSON(scores.subscores)), SQLValue(scores.policyID), SQLValue(scores.policyHash),
                SQLValue(result.scoredAt),
            ],
            kind: .result, at: result.scoredAt)
    }

    /// Every result of an attempt, oldest revision first (the last is current).
    public func results(attemptID: Int64) throws(RecordsError) -> [Recorded<AttemptResult>] {
        let rows = try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM results WHERE attempt_id = ? ORDER BY revision"), arguments: [attemptID])
        }
        var results: [Recorded<AttemptResult>] = []
        for row in rows { results.append(try result(from: row)) }
        return results
    }

    /// The current (highest-revision) result of an attempt, if it has one.
    public func currentResult(attemptID: Int64) throws(RecordsError) -> Recorded<AttemptResult>? {
        try results(attemptID: attemptID).last
    }
}
