extension RecordsError: CustomStringConvertible {
    /// The message with candidate data hidden.
    public var description: String { message(revealingCandidateData: false) }

    /// The text a user reads, without the `error:` prefix; candidate data appears only when
    /// `reveal` is true.
    public func message(revealingCandidateData reveal: Bool) -> String {
        switch self {
        case .noDatabase(let path):
            return "no database at \(path) (commands that write create it: candidates add, candidates import, import-results)"
        case .io(let path, let reason):
            return "\(path): \(reason)"
        case .busy(let path, let seconds):
            return "the database \(path) is busy: another process has been writing to it for more than "
                + "\(Self.format(seconds)) s; nothing was changed, try again (or raise --busy-timeout)"
        case .corrupt(let path, let reason):
            return "\(path) is not a usable assess database: \(reason)"
        case .newerSchema(let path, let unknown):
            return "\(path) was migrated by a newer version of assess (unknown migrations: "
                + "\(unknown.joined(separator: ", "))); use that version"
        case .wouldOverwrite(let path):
            return "\(path) already exists; nothing was written (use --replace to overwrite)"
        case .invalid(let diagnostics):
            return "\(diagnostics.errors.count) errors; nothing was changed"
        case .invalidValue(let field, let reason):
            return "\(field) \(reason)"
        case .duplicateCandidate(let workerID):
            return "a candidate with worker id \(workerID.revealed(reveal)) is already registered"
        case .unknownCandidate(let workerID):
            return "no candidate with worker id \(workerID.revealed(reveal))"
        case .unknownRecord(let table, let id):
            return "no row \(id) in \(table)"
        case .attemptNotOpen(let attemptID, let status, let operation):
            return "attempt \(attemptID) is \(status.rawValue); cannot \(operation)"
        case .conflictingResponse(let attemptID, let sequence):
            return "attempt \(attemptID) already has a different response at sequence \(sequence); nothing was changed"
        case .outOfSequence(let attemptID, let expected, let received):
            return "attempt \(attemptID) expects response \(expected) next, not \(received)"
        case .itemAlreadyAnswered(let attemptID, let itemID, let sequence):
            return "item \(itemID) was already answered in attempt \(attemptID) (sequence \(sequence))"
        case .auditFailed(let finding):
            return "audit chain broken: \(finding)"
        case .integrityFailed(let problems):
            return "SQLite integrity check failed: " + problems.prefix(5).joined(separator: "; ")
        case .database(let code, let message):
            return "unexpected database error \(code): \(message)"
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
