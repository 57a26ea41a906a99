import GRDB

extension RecordStore {
    /// Registers a candidate; returns the new row id.
    ///
    /// - Throws: ``RecordsError/duplicateCandidate(workerID:)`` when the worker id is taken.
    @discardableResult
    public func registerCandidate(_ candidate: Candidate) throws(RecordsError) -> Int64 {
        try registerCandidates([candidate])[0]
    }

    /// Registers candidates all or nothing, in one transaction; returns their row ids in order.
    @discardableResult
    public func registerCandidates(_ candidates: [Candidate]) throws(RecordsError) -> [Int64] {
        for candidate in candidates { try Self.validate(candidate) }
        return try write(options.routineDurability) { writer in
            try candidates.map { candidate in try Self.insert(candidate, with: &writer) }
        }
    }

    static func validate(_ candidate: Candidate) throws(RecordsError) {
        try Validation.required(candidate.workerID, "the worker id")
        try Validation.text(candidate.displayName, "the name")
        for (value, field) in [(candidate.agency, "agency"), (candidate.county, "county"), (candidate.region, "region"), (candidate.cohort, "cohort")] {
            try Validation.text(value, "the \(field)")
        }
    }

    static func insert(_ candidate: Candidate, with writer: inout AuditedWriter) throws -> Int64 {
        let existing = try Int64.fetchOne(
            writer.db.cachedStatement(sql: "SELECT id FROM candidates WHERE worker_id = ?"), arguments: [candidate.workerID])
        if existing != nil { throw RecordsError.duplicateCandidate(workerID: CandidateData(candidate.workerID)) }
        return try writer.insert(
            .candidates,
            [
                SQLValue(candidate.workerID), SQLValue(candidate.displayName), SQLValue(candidate.role), SQLValue(candidate.agency),
                SQLValue(candidate.county), SQLValue(candidate.region), SQLValue(candidate.cohort), SQLValue(candidate.hireDate),
                SQLValue(candidate.registeredAt),
            ],
            kind: .candidateRegistered, at: candidate.registeredAt)
    }

    /// The candidate with this worker id, if registered.
    public func candidate(workerID: String) throws(RecordsError) -> Recorded<Candidate>? {
        let row = try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM candidates WHERE worker_id = ?"), arguments: [workerID])
        }
        return try row.map { row throws(RecordsError) in try candidate(from: row) }
    }

    /// The candidate with this row id, if any.
    public func candidate(id: Int64) throws(RecordsError) -> Recorded<Candidate>? {
        let row = try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM candidates WHERE id = ?"), arguments: [id])
        }
        return try row.map { row throws(RecordsError) in try candidate(from: row) }
    }

    /// Every candidate, by worker id.
    public func candidates() throws(RecordsError) -> [Recorded<Candidate>] {
        let rows = try read { db in try Row.fetchAll(db, sql: "SELECT * FROM candidates ORDER BY worker_id") }
        var candidates: [Recorded<Candidate>] = []
        candidates.reserveCapacity(rows.count)
        for row in rows { candidates.append(try candidate(from: row)) }
        return candidates
    }
}
