import GRDB

extension RecordStore {
    /// Records one response in its own transaction; when this returns, the response is
    /// committed (durably, at the attempt's durability) and the next item may be shown.
    ///
    /// Idempotent on (attempt, sequence): recording the same response again — a retry after
    /// an error or a crash whose outcome was unknown — writes nothing and returns the
    /// existing row's id.
    ///
    /// - Throws: ``RecordsError/conflictingResponse(attemptID:sequence:)`` when a different
    ///   response holds the position; ``RecordsError/outOfSequence(attemptID:expected:received:)``
    ///   when the sequence skips ahead; ``RecordsError/attemptNotOpen(attemptID:status:operation:)``
    ///   unless the attempt is in progress; ``RecordsError/itemAlreadyAnswered(attemptID:itemID:sequence:)``.
    @discardableResult
    public func recordResponse(_ response: ItemResponse) throws(RecordsError) -> ResponseReceipt {
        try Self.validate(response)
        let values = Self.values(of: response)
        return try write(durability(for: purpose(ofAttempt: response.attemptID))) { writer in
            try insertResponse(response, values: values, with: &writer)
        }
    }

    static func validate(_ response: ItemResponse) throws(RecordsError) {
        if response.sequence < 1 { throw .invalidValue(field: "the sequence number", reason: "must be 1 or more (\(response.sequence))") }
        try Validation.required(response.itemID, "the item id")
        try Validation.required(response.itemHash, "the item hash")
        try Validation.texts(response.optionOrder, "the option order")
        try Validation.text(response.rawAnswer, "the answer")
        try Validation.texts(response.selectedOptions, "the selected options")
        try Validation.finite(response.scoredValue, "the scored value")
        try Validation.finite(response.theta, "theta")
        try Validation.finite(response.standardError, "the standard error")
        try Validation.nonNegative(response.latencyMilliseconds, "the latency")
        try Validation.nonNegative(response.elapsedMilliseconds, "the time used")
    }

    /// The column values of a response, in ``RecordTable/responses`` order.
    static func values(of response: ItemResponse) -> [SQLValue] {
        [
            .integer(response.attemptID), SQLValue(response.sequence), SQLValue(response.itemID), SQLValue(response.itemHash),
            SQLValue(jsonArray: response.optionOrder), SQLValue(response.rawAnswer), SQLValue(jsonArray: response.selectedOptions),
            SQLValue(response.rating), SQLValue(response.scoredValue), SQLValue(response.countsTowardScore),
            SQLValue(response.latencyMilliseconds), SQLValue(response.elapsedMilliseconds), SQLValue(response.theta),
            SQLValue(response.standardError), SQLValue(response.answeredAt),
        ]
    }

    func insertResponse(_ response: ItemResponse, values: [SQLValue], with writer: inout AuditedWriter) throws -> ResponseReceipt {
        let db = writer.db
        let existing = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM responses WHERE attempt_id = ? AND sequence = ?"),
            arguments: [response.attemptID, response.sequence])
        if let existing {
            let stored = RowSnapshot(existing).comparable(excluding: ["id"])
            let given = RowSnapshot(Array(zip(RecordTable.responses.columns, values)).map { (name: $0.0, value: $0.1) }).comparable()
            guard stored.elementsEqual(given, by: { $0.name == $1.name && $0.value == $1.value }) else {
                throw RecordsError.conflictingResponse(attemptID: response.attemptID, sequence: response.sequence)
            }
            return ResponseReceipt(responseID: existing["id"], wasAlreadyRecorded: true)
        }
        let status = try status(ofAttempt: response.attemptID, in: db)
        guard status == .inProgress else {
            let operation = status == .paused ? "record a response before it is resumed" : "record a response"
            throw RecordsError.attemptNotOpen(attemptID: response.attemptID, status: status, operation: operation)
        }
        let answered = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT count(*), max(CASE WHEN item_id = ? THEN sequence END) FROM responses WHERE attempt_id = ?"),
            arguments: [response.itemID, response.attemptID])
        let count = answered.map { Int($0[0] as Int64) } ?? 0
        if let earlier = answered?[1] as Int64? {
            throw RecordsError.itemAlreadyAnswered(attemptID: response.attemptID, itemID: response.itemID, sequence: Int(earlier))
        }
        guard response.sequence == count + 1 else {
            throw RecordsError.outOfSequence(attemptID: response.attemptID, expected: count + 1, received: response.sequence)
        }
        let id = try writer.insert(.responses, values, kind: .response, at: response.answeredAt)
        return ResponseReceipt(responseID: id, wasAlreadyRecorded: false)
    }

    /// The responses of an attempt, in sequence.
    public func responses(attemptID: Int64) throws(RecordsError) -> [Recorded<ItemResponse>] {
        let rows = try read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM responses WHERE attempt_id = ? ORDER BY sequence"), arguments: [attemptID])
        }
        var responses: [Recorded<ItemResponse>] = []
        responses.reserveCapacity(rows.count)
        for row in rows { responses.append(try response(from: row)) }
        return responses
    }
}
