import AssessCore

/// What can go wrong in the records layer. Cases carry their context; candidate data is
/// wrapped in ``CandidateData`` so that messages hide it unless asked
/// (``message(revealingCandidateData:)``).
public enum RecordsError: Error, Sendable {
    /// No database file at the path, for a command that only reads.
    case noDatabase(path: String)
    /// The file could not be opened, read or written (permissions, disk full, a missing folder).
    case io(path: String, reason: String)
    /// Another process held the database longer than the busy timeout.
    case busy(path: String, seconds: Double)
    /// The file is not an SQLite database, or it is damaged.
    case corrupt(path: String, reason: String)
    /// The database was migrated by a newer engine (its schema has migrations this one does not know).
    case newerSchema(path: String, unknownMigrations: [String])
    /// A file to be written already exists.
    case wouldOverwrite(path: String)
    /// An import file has problems; every one is listed, located as `file:row:column`.
    case invalid(Diagnostics)
    /// A value cannot be stored as given (a NUL character, a non-finite number, an empty id).
    case invalidValue(field: String, reason: String)
    /// A candidate with this worker id is already registered.
    case duplicateCandidate(workerID: CandidateData)
    /// No candidate has this worker id.
    case unknownCandidate(workerID: CandidateData)
    /// No row of `table` has this id.
    case unknownRecord(table: String, id: Int64)
    /// The attempt is not in a state that allows the operation.
    case attemptNotOpen(attemptID: Int64, status: AttemptStatus, operation: String)
    /// A different response is already recorded at this position (a retry must be identical).
    case conflictingResponse(attemptID: Int64, sequence: Int)
    /// The response's sequence number is not the next one.
    case outOfSequence(attemptID: Int64, expected: Int, received: Int)
    /// The item was already answered in this attempt.
    case itemAlreadyAnswered(attemptID: Int64, itemID: String, sequence: Int)
    /// The audit chain or the rows it covers do not agree.
    case auditFailed(AuditFinding)
    /// SQLite's integrity check found problems.
    case integrityFailed([String])
    /// An unexpected SQLite error (a bug, or a schema changed by hand).
    case database(code: Int32, message: String)
}

extension RecordsError {
    /// Whether the failure is temporary: the database was busy past the timeout.
    public var isBusy: Bool {
        if case .busy = self { return true }
        return false
    }
}
