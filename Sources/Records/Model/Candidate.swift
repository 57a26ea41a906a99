/// A caseworker who takes tests or is rated: the agency's worker id and the groups that
/// effectiveness and DIF reports break results down by.
public struct Candidate: Sendable, Hashable {
    /// The agency's identifier for the worker (unique; the id people type). Candidate data:
    /// hidden in error messages and replaced by a pseudonym in pseudonymised exports.
    public var workerID: String
    /// The name people read. Candidate data.
    public var displayName: String
    public var role: CandidateRole
    public var agency: String?
    public var county: String?
    public var region: String?
    /// The training cohort (e.g. `2026-spring`).
    public var cohort: String?
    public var hireDate: CalendarDate?
    /// When the candidate was registered.
    public var registeredAt: Timestamp

    public init(
        workerID: String, displayName: String, role: CandidateRole, agency: String? = nil, county: String? = nil,
        region: String? = nil, cohort: String? = nil, hireDate: CalendarDate? = nil, registeredAt: Timestamp
    ) {
        self.workerID = workerID
        self.displayName = displayName
        self.role = role
        self.agency = agency
        self.county = county
        self.region = region
        self.cohort = cohort
        self.hireDate = hireDate
        self.registeredAt = registeredAt
    }
}

/// Where a caseworker is in their career, which decides the tests they take.
public enum CandidateRole: String, Sendable, Hashable, CaseIterable {
    /// Takes pre- and post-tests for each training module.
    case newWorker = "new-worker"
    /// Takes the self-assessment and the certification test.
    case incumbent
}
