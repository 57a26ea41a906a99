import AssessCore
import GRDB

extension RecordStore {
    /// Imports a results file all or nothing, in one transaction at full durability: each row
    /// becomes a completed attempt (mode paper, origin import) with its responses — scored
    /// against `bank`, with the items' content hashes — and a number-correct result
    /// (``ResultsImport``), each with its audit events.
    ///
    /// - Throws: ``RecordsError/invalid(_:)`` listing every bad cell, column and row (unknown
    ///   item, letter that is not an option, unknown candidate unless
    ///   ``ResultsImportOptions/createCandidates``); nothing is written then.
    @discardableResult
    public func importResults(_ sheet: ResultSheet, bank: ItemBank, options importOptions: ResultsImportOptions)
        throws(RecordsError) -> ResultsImportReport
    {
        try Validation.required(importOptions.testID, "the test id")
        for row in sheet.rows { try Validation.required(row.workerID, "a worker id") }
        let (plan, planDiagnostics) = ResultsImport.plan(sheet, bank: bank)
        let testHash = ResultsImport.testHash(testID: importOptions.testID, itemIDs: sheet.itemIDs)
        let bankHash = bank.snapshotHash
        return try write(.full) { writer in
            var diagnostics = planDiagnostics
            var candidateIDs: [String: Int64] = [:]
            var unknown: [String] = []
            let lookup = try writer.db.cachedStatement(sql: "SELECT id FROM candidates WHERE worker_id = ?")
            for (index, row) in sheet.rows.enumerated() where candidateIDs[row.workerID] == nil {
                if let id = try Int64.fetchOne(lookup, arguments: [row.workerID]) {
                    candidateIDs[row.workerID] = id
                } else if importOptions.createCandidates {
                    if !unknown.contains(row.workerID) { unknown.append(row.workerID) }
                } else {
                    diagnostics.error(
                        "no candidate with this worker id (register it first, or use --create-candidates)",
                        at: SourceLocation(file: sheet.file, line: sheet.rows[index].rowNumber, column: 1))
                }
            }
            if diagnostics.hasErrors { throw RecordsError.invalid(diagnostics) }

            for workerID in unknown {
                let candidate = Candidate(
                    workerID: workerID, displayName: workerID, role: importOptions.newCandidateRole,
                    registeredAt: importOptions.importedAt)
                candidateIDs[workerID] = try Self.insert(candidate, with: &writer)
            }
            for attempt in plan.attempts {
                let row = sheet.rows[attempt.row]
                guard let candidateID = candidateIDs[row.workerID] else { preconditionFailure("every candidate was resolved") }
                let attemptPlan = AttemptPlan(
                    candidateID: candidateID, testID: importOptions.testID, testHash: testHash, bankHash: bankHash, mode: .paper,
                    purpose: importOptions.purpose, seed: 0, startedAt: importOptions.takenAt)
                let attemptID = try Self.insertAttempt(
                    attemptPlan, status: .completed, origin: .import, finishedAt: importOptions.takenAt, with: &writer)
                try Self.insertResponses(attempt.responses, of: attemptID, plan: plan, at: importOptions.takenAt, with: &writer)
                _ = try Self.insertResult(
                    AttemptResult(
                        attemptID: attemptID, revision: 1, reason: .imported, scores: attempt.scores, scoredAt: importOptions.importedAt),
                    with: &writer)
            }
            return ResultsImportReport(attempts: plan.attempts.count, responses: plan.responseCount, candidatesRegistered: unknown.count)
        }
    }

    private static func insertResponses(
        _ responses: [ResultsImport.PlannedResponse], of attemptID: Int64, plan: ResultsImport.Plan, at time: Timestamp,
        with writer: inout AuditedWriter
    ) throws {
        let answeredAt = SQLValue(time)
        for (offset, response) in responses.enumerated() {
            guard let column = plan.columns[Int(response.column)] else { preconditionFailure("planned responses are in valid columns") }
            let answer = column.answers[Int(response.answer)]
            try writer.insert(
                .responses,
                [
                    .integer(attemptID), .integer(Int64(offset + 1)), .text(column.item.id), .text(column.hash), column.optionOrder,
                    .text(answer.raw), answer.selected, SQLValue(answer.rating), SQLValue(answer.score), SQLValue(column.counts),
                    .null, .null, .null, .null, answeredAt,
                ],
                kind: .response, at: time)
        }
    }
}
