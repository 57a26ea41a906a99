import AssessCore
import Records

/// Why `assess take` could not start or continue a test; each case says what to do.
public enum DeliveryError: Error, Sendable {
    /// The bank or the specs have errors (listed).
    case invalidContent(Diagnostics)
    /// No test specification has this id.
    case unknownTest(id: String, known: [String], suggestion: String?)
    /// The candidate is not registered (and registration was not asked for, or not allowed).
    case unknownCandidate(workerID: String, canRegister: Bool)
    /// An attempt rule refuses a new attempt: the reason is for the candidate.
    case attemptRefused(String)
    /// The sequencer cannot build the test from this spec and bank.
    case cannotAssemble(String)
    /// The records store failed (its message).
    case records(String, exitCode: Int32)
}


extension DeliveryError {
    /// A records failure as a delivery error, its message hiding candidate data.
    static func records(_ error: any Error) -> DeliveryError {
        if let error = error as? DeliveryError { return error }
        if let error = error as? RecordsError { return .records(error.message(revealingCandidateData: false), exitCode: 74) }
        return .records("\(error)", exitCode: 74)
    }
}
