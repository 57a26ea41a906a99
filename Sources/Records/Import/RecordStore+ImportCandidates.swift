import AssessCore
import GRDB

extension RecordStore {
    /// Registers the candidates of a sheet all or nothing: when any worker id is already
    /// registered, nothing is written and every such row is reported.
    ///
    /// - Throws: ``RecordsError/invalid(_:)`` listing the rows whose worker id is taken.
    @discardableResult
    public func importCandidates(_ candidates: [(candidate: Candidate, location: SourceLocation)]) throws(RecordsError) -> [Int64] {
        for (candidate, _) in candidates { try Self.validate(candidate) }
        return try write(.full) { writer in
            var diagnostics = Diagnostics()
            let statement = try writer.db.cachedStatement(sql: "SELECT 1 FROM candidates WHERE worker_id = ?")
            for (candidate, location) in candidates where try Bool.fetchOne(statement, arguments: [candidate.workerID]) != nil {
                diagnostics.error("a candidate with this worker id is already registered", at: location)
            }
            if diagnostics.hasErrors { throw RecordsError.invalid(diagnostics) }
            return try candidates.map { candidate, _ in try Self.insert(candidate, with: &writer) }
        }
    }
}
