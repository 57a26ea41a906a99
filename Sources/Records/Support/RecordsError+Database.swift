import GRDB

extension RecordsError {
    /// Maps any error thrown inside a database access to a records error. SQLite's messages
    /// never carry statement arguments (GRDB hides them), so no candidate data leaks here.
    static func wrapping(_ error: any Error, path: String, busyTimeout: Double) -> RecordsError {
        if let error = error as? RecordsError { return error }
        guard let error = error as? DatabaseError else {
            return .database(code: -1, message: String(describing: error))
        }
        let message = error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path, seconds: busyTimeout)
        case .SQLITE_FULL:
            return .io(path: path, reason: "the disk is full")
        case .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_NOLFS, .SQLITE_AUTH:
            return .io(path: path, reason: message)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .corrupt(path: path, reason: message)
        default:
            return .database(code: error.extendedResultCode.rawValue, message: message)
        }
    }
}
