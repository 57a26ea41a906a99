import GRDB

extension RecordStore {
    /// Starts an attempt (status in progress); returns its id.
    ///
    /// The candidate's role and region are copied onto the attempt, so that reports group it
    /// by what was true when it was taken.
    public func startAttempt(_ plan: AttemptPlan) throws(RecordsError) -> Int64 {
        try Self.validate(plan)
        let id = try write(durability(for: plan.purpose)) { writer in
            try Self.insertAttempt(plan, status: .inProgress, origin: .delivery, with: &writer)
        }
        remember(plan.purpose, ofAttempt: id)
        return id
    }

    static func validate(_ plan: AttemptPlan) throws(RecordsError) {
        try Validation.required(plan.testID, "the test id")
        try Validation.required(plan.testHash, "the test hash")
        try Validation.required(plan.bankHash, "the bank hash")
        try Validation.text(plan.site, "the site")
        try Validation.texts(plan.form, "the form")
        if let limit = plan.timeLimitMilliseconds, limit <= 0 {
            throw .invalidValue(field: "the time limit", reason: "must be positive (\(limit) ms)")
        }
    }

    static func insertAttempt(
        _ plan: AttemptPlan, status: AttemptStatus, origin: AttemptOrigin, finishedAt: Timestamp? = nil,
        with writer: inout AuditedWriter
    ) throws -> Int64 {
        let candidate = try Row.fetchOne(
            writer.db.cachedStatement(sql: "SELECT role, region FROM candidates WHERE id = ?"), arguments: [plan.candidateID])
        guard let candidate else { throw RecordsError.unknownRecord(table: "candidates", id: plan.candidateID) }
        return try writer.insert(
            .attempts,
            [
                .integer(plan.candidateID), SQLValue(plan.testID), SQLValue(plan.testHash), SQLValue(plan.bankHash),
                SQLValue(plan.mode), SQLValue(plan.purpose), .integer(Int64(bitPattern: plan.seed)),
                SQLValue(plan.timeLimitMilliseconds), SQLValue(jsonArray: plan.form), SQLValue(plan.site),
                SQLValue(candidate["role"] as String), SQLValue(candidate["region"] as String?), SQLValue(origin),
                SQLValue(status), .null, SQLValue(plan.startedAt), SQLValue(finishedAt), .integer(0),
            ],
            kind: .attemptStarted, at: plan.startedAt)
    }

    /// The attempt with this id, if any.
    public func attempt(id: Int64) throws(RecordsError) -> Recorded<Attempt>? {
        let row = try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM attempts WHERE id = ?"), arguments: [id])
        }
        return try row.map { row throws(RecordsError) in try attempt(from: row) }
    }

    /// A candidate's attempts, oldest first.
    public func attempts(candidateID: Int64) throws(RecordsError) -> [Recorded<Attempt>] {
        let rows = try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM attempts WHERE candidate_id = ? ORDER BY id"), arguments: [candidateID])
        }
        var attempts: [Recorded<Attempt>] = []
        for row in rows { attempts.append(try attempt(from: row)) }
        return attempts
    }

    /// Where the attempt stands: the items answered in order and the time used, read in one
    /// snapshot. After a crash this is what resuming starts from.
    public func progress(ofAttempt id: Int64) throws(RecordsError) -> AttemptProgress {
        let (attemptRow, answeredRows) = try read { db in
            let attempt = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM attempts WHERE id = ?"), arguments: [id])
            let answered = try Row.fetchAll(
                db.cachedStatement(sql: "SELECT sequence, item_id, item_hash, elapsed_ms FROM responses WHERE attempt_id = ? ORDER BY sequence"),
                arguments: [id])
            return (attempt, answered)
        }
        guard let attemptRow else { throw .unknownRecord(table: "attempts", id: id) }
        let attempt = try attempt(from: attemptRow)
        var elapsed = attempt.value.elapsedMilliseconds
        var answered: [AttemptProgress.Answered] = []
        for row in answeredRows {
            answered.append(.init(sequence: Int(row[0] as Int64), itemID: row[1], itemHash: row[2]))
            if let running = row[3] as Int64? { elapsed = max(elapsed, Int(running)) }
        }
        return AttemptProgress(attempt: attempt, answered: answered, elapsedMilliseconds: elapsed)
    }

    /// Pauses an attempt, checkpointing the time used (which the caller's clock measured).
    public func pauseAttempt(_ id: Int64, elapsedMilliseconds: Int, at time: Timestamp) throws(RecordsError) {
        try Validation.nonNegative(elapsedMilliseconds, "the time used")
        try write(durability(for: purpose(ofAttempt: id))) { writer in
            let status = try status(ofAttempt: id, in: writer.db)
            guard status == .inProgress else { throw RecordsError.attemptNotOpen(attemptID: id, status: status, operation: "pause it") }
            try writer.update(
                .attempts, id: id, [("status", SQLValue(AttemptStatus.paused)), ("elapsed_ms", SQLValue(elapsedMilliseconds))],
                kind: .attemptPaused, at: time)
        }
    }

    /// Resumes a paused attempt (an attempt left in progress by a crash resumes as it is);
    /// returns where it stands.
    @discardableResult
    public func resumeAttempt(_ id: Int64, at time: Timestamp) throws(RecordsError) -> AttemptProgress {
        try write(durability(for: purpose(ofAttempt: id))) { writer in
            let status = try status(ofAttempt: id, in: writer.db)
            guard status.isOpen else { throw RecordsError.attemptNotOpen(attemptID: id, status: status, operation: "resume it") }
            if status == .paused {
                try writer.update(.attempts, id: id, [("status", SQLValue(AttemptStatus.inProgress))], kind: .attemptResumed, at: time)
            }
        }
        return try progress(ofAttempt: id)
    }

    /// Completes an attempt with its first result; returns the result's id. The attempt's
    /// status and the result are written in one transaction, with their audit events.
    @discardableResult
    public func completeAttempt(_ id: Int64, scores: Scores, elapsedMilliseconds: Int, at time: Timestamp) throws(RecordsError) -> Int64 {
        try Self.validate(scores)
        try Validation.nonNegative(elapsedMilliseconds, "the time used")
        return try write(.full) { writer in
            let status = try status(ofAttempt: id, in: writer.db)
            guard status.isOpen else { throw RecordsError.attemptNotOpen(attemptID: id, status: status, operation: "complete it") }
            try writer.update(
                .attempts, id: id,
                [("status", SQLValue(AttemptStatus.completed)), ("finished_at", SQLValue(time)), ("elapsed_ms", SQLValue(elapsedMilliseconds))],
                kind: .attemptCompleted, at: time)
            return try Self.insertResult(
                AttemptResult(attemptID: id, revision: 1, reason: .completed, scores: scores, scoredAt: time), with: &writer)
        }
    }

    /// Ends an attempt whose time ran out; it keeps its responses and gets no result here
    /// (the scoring policy decides whether an expired attempt is scored).
    public func expireAttempt(_ id: Int64, elapsedMilliseconds: Int, at time: Timestamp) throws(RecordsError) {
        try Validation.nonNegative(elapsedMilliseconds, "the time used")
        try write(durability(for: purpose(ofAttempt: id))) { writer in
            let status = try status(ofAttempt: id, in: writer.db)
            guard status.isOpen else { throw RecordsError.attemptNotOpen(attemptID: id, status: status, operation: "expire it") }
            try writer.update(
                .attempts, id: id,
                [("status", SQLValue(AttemptStatus.expired)), ("finished_at", SQLValue(time)), ("elapsed_ms", SQLValue(elapsedMilliseconds))],
                kind: .attemptExpired, at: time)
        }
    }

    /// Voids an attempt (open or finished), with the reason; its records are kept and no
    /// longer count.
    public func voidAttempt(_ id: Int64, reason: String, at time: Timestamp) throws(RecordsError) {
        try Validation.required(reason, "the reason")
        try write(.full) { writer in
            let status = try status(ofAttempt: id, in: writer.db)
            guard status != .voided else { throw RecordsError.attemptNotOpen(attemptID: id, status: status, operation: "void it") }
            var changes: [(column: String, value: SQLValue)] = [("status", SQLValue(AttemptStatus.voided)), ("status_reason", SQLValue(reason))]
            if status.isOpen { changes.append(("finished_at", SQLValue(time))) }
            try writer.update(.attempts, id: id, changes, kind: .attemptVoided, at: time)
        }
    }

    func status(ofAttempt id: Int64, in db: Database) throws -> AttemptStatus {
        let text = try String.fetchOne(db.cachedStatement(sql: "SELECT status FROM attempts WHERE id = ?"), arguments: [id])
        guard let text else { throw RecordsError.unknownRecord(table: "attempts", id: id) }
        return try Self.decode(AttemptStatus.self, text, column: "attempts.status", path: path)
    }
}
