import AssessCore
import Foundation
import GRDB

// Rows to values. Columns are NOT NULL where the model is, and the tables are STRICT, so
// types hold; what a hand edit can still break (an unknown enumeration value, a malformed
// timestamp) is reported as a damaged database instead of trapping.
extension RecordStore {
    static func decode<T: RawRepresentable>(_ type: T.Type, _ text: String, column: String, path: String)
        throws(RecordsError) -> T where T.RawValue == String
    {
        guard let value = T(rawValue: text) else {
            throw .corrupt(path: path, reason: "\(column) holds '\(text)', which this version does not know")
        }
        return value
    }

    func timestamp(_ text: String, column: String) throws(RecordsError) -> Timestamp {
        guard let value = Timestamp(text) else { throw .corrupt(path: path, reason: "\(column) holds a malformed time") }
        return value
    }

    func date(_ text: String, column: String) throws(RecordsError) -> CalendarDate {
        guard let value = CalendarDate(text) else { throw .corrupt(path: path, reason: "\(column) holds a malformed date") }
        return value
    }

    func stringArray(_ text: String, column: String) throws(RecordsError) -> [String] {
        guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String] else {
            throw .corrupt(path: path, reason: "\(column) is not a JSON array of strings")
        }
        return array
    }

    func candidate(from row: Row) throws(RecordsError) -> Recorded<Candidate> {
        let hireDate: String? = row["hire_date"]
        let candidate = Candidate(
            workerID: row["worker_id"], displayName: row["display_name"],
            role: try Self.decode(CandidateRole.self, row["role"], column: "candidates.role", path: path),
            agency: row["agency"], county: row["county"], region: row["region"], cohort: row["cohort"],
            hireDate: try hireDate.map { text throws(RecordsError) in try date(text, column: "candidates.hire_date") },
            registeredAt: try timestamp(row["registered_at"], column: "candidates.registered_at"))
        return Recorded(id: row["id"], value: candidate)
    }

    func attempt(from row: Row) throws(RecordsError) -> Recorded<Attempt> {
        let form: String? = row["form"]
        let finished: String? = row["finished_at"]
        let limit: Int64? = row["time_limit_ms"]
        let plan = AttemptPlan(
            candidateID: row["candidate_id"], testID: row["test_id"], testHash: row["test_hash"], bankHash: row["bank_hash"],
            mode: try Self.decode(DeliveryMode.self, row["mode"], column: "attempts.mode", path: path),
            purpose: try Self.decode(AttemptPurpose.self, row["purpose"], column: "attempts.purpose", path: path),
            seed: UInt64(bitPattern: row["seed"]), timeLimitMilliseconds: limit.map { Int($0) },
            form: try form.map { text throws(RecordsError) in try stringArray(text, column: "attempts.form") },
            site: row["site"], startedAt: try timestamp(row["started_at"], column: "attempts.started_at"))
        let attempt = Attempt(
            plan: plan, status: try Self.decode(AttemptStatus.self, row["status"], column: "attempts.status", path: path),
            statusReason: row["status_reason"],
            finishedAt: try finished.map { text throws(RecordsError) in try timestamp(text, column: "attempts.finished_at") },
            elapsedMilliseconds: Int(row["elapsed_ms"] as Int64),
            candidateRole: try Self.decode(CandidateRole.self, row["candidate_role"], column: "attempts.candidate_role", path: path),
            candidateRegion: row["candidate_region"],
            origin: try Self.decode(AttemptOrigin.self, row["origin"], column: "attempts.origin", path: path))
        return Recorded(id: row["id"], value: attempt)
    }

    func response(from row: Row) throws(RecordsError) -> Recorded<ItemResponse> {
        let selected: String? = row["selected_options"]
        let rating: Int64? = row["rating"]
        let latency: Int64? = row["latency_ms"]
        let elapsed: Int64? = row["elapsed_ms"]
        let response = ItemResponse(
            attemptID: row["attempt_id"], sequence: Int(row["sequence"] as Int64), itemID: row["item_id"],
            itemHash: row["item_hash"], optionOrder: try stringArray(row["option_order"], column: "responses.option_order"),
            rawAnswer: row["raw_answer"],
            selectedOptions: try selected.map { text throws(RecordsError) in
                try stringArray(text, column: "responses.selected_options")
            },
            rating: rating.map { Int($0) }, scoredValue: row["scored_value"],
            countsTowardScore: (row["counts_toward_score"] as Int64) == 1, latencyMilliseconds: latency.map { Int($0) },
            elapsedMilliseconds: elapsed.map { Int($0) }, theta: row["theta"], standardError: row["standard_error"],
            answeredAt: try timestamp(row["answered_at"], column: "responses.answered_at"))
        return Recorded(id: row["id"], value: response)
    }

    func result(from row: Row) throws(RecordsError) -> Recorded<AttemptResult> {
        let decision: String? = row["decision"]
        let scores = Scores(
            raw: row["raw_score"], maximum: row["max_score"], percent: row["percent"], theta: row["theta"],
            standardError: row["standard_error"], scaled: row["scaled_score"],
            decision: try decision.map { text throws(RecordsError) in
                try Self.decode(Decision.self, text, column: "results.decision", path: path)
            },
            subscores: try subscores(row["subscores"]), policyID: row["policy_id"], policyHash: row["policy_hash"])
        let result = AttemptResult(
            attemptID: row["attempt_id"], revision: Int(row["revision"] as Int64),
            reason: try Self.decode(ScoringReason.self, row["reason"], column: "results.reason", path: path),
            keyChangeID: row["key_change_id"], scores: scores,
            scoredAt: try timestamp(row["scored_at"], column: "results.scored_at"))
        return Recorded(id: row["id"], value: result)
    }

    func rating(from row: Row) throws(RecordsError) -> Recorded<Rating> {
        let rating = Rating(
            candidateID: row["candidate_id"], evaluator: row["evaluator"], instrument: row["instrument"],
            rubricHash: row["rubric_hash"], occasion: row["occasion"], criterion: row["criterion"], score: row["score"],
            comment: row["comment"], ratedOn: try date(row["rated_on"], column: "ratings.rated_on"),
            supersedes: row["supersedes_id"], recordedAt: try timestamp(row["recorded_at"], column: "ratings.recorded_at"))
        return Recorded(id: row["id"], value: rating)
    }

    private func subscores(_ text: String) throws(RecordsError) -> [String: Subscore] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [String: Double]] else {
            throw .corrupt(path: path, reason: "results.subscores is not a JSON object of subscores")
        }
        var subscores: [String: Subscore] = [:]
        for (key, value) in object {
            guard let raw = value["raw"], let maximum = value["max"] else {
                throw .corrupt(path: path, reason: "results.subscores has an entry without raw and max")
            }
            subscores[key] = Subscore(raw: raw, maximum: maximum)
        }
        return subscores
    }
}
