/// What an audit event records.
public enum AuditEventKind: String, Sendable, Hashable, CaseIterable {
    case candidateRegistered = "candidate-registered"
    case attemptStarted = "attempt-started"
    case attemptPaused = "attempt-paused"
    case attemptResumed = "attempt-resumed"
    case attemptCompleted = "attempt-completed"
    case attemptExpired = "attempt-expired"
    case attemptVoided = "attempt-voided"
    case response
    /// A result, with its decision.
    case result
    case rating
    case keyChange = "key-change"
    case rescore
}
