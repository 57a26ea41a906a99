/// An attempt as stored: its plan, where it stands, and the time used so far.
public struct Attempt: Sendable, Hashable {
    public var plan: AttemptPlan
    public var status: AttemptStatus
    /// Why the attempt was voided or expired, if given.
    public var statusReason: String?
    /// When it was completed, expired or voided.
    public var finishedAt: Timestamp?
    /// Time used in milliseconds, across interruptions, as of the last pause or finish (the
    /// responses carry the running figure in between; see ``AttemptProgress``).
    public var elapsedMilliseconds: Int
    /// The candidate's role and region when the attempt started: reports group by what was
    /// true at the time, not by what is true now.
    public var candidateRole: CandidateRole
    public var candidateRegion: String?
    /// Whether it was delivered by the engine or imported.
    public var origin: AttemptOrigin

    public init(
        plan: AttemptPlan, status: AttemptStatus, statusReason: String? = nil, finishedAt: Timestamp? = nil,
        elapsedMilliseconds: Int, candidateRole: CandidateRole, candidateRegion: String?, origin: AttemptOrigin
    ) {
        self.plan = plan
        self.status = status
        self.statusReason = statusReason
        self.finishedAt = finishedAt
        self.elapsedMilliseconds = elapsedMilliseconds
        self.candidateRole = candidateRole
        self.candidateRegion = candidateRegion
        self.origin = origin
    }
}

/// Where an attempt is in its life.
public enum AttemptStatus: String, Sendable, Hashable, CaseIterable {
    /// Started and not finished; also the state an attempt is left in by a crash.
    case inProgress = "in-progress"
    /// Interrupted on purpose; resumes where it stopped.
    case paused
    /// Finished and scored.
    case completed
    /// Ran out of time before it was finished.
    case expired
    /// Cancelled (misconduct, an administrative error); kept, never counted.
    case voided

    /// Whether responses may still be recorded (after a resume, for a paused attempt).
    public var isOpen: Bool { self == .inProgress || self == .paused }
}

/// Where an attempt's records came from.
public enum AttemptOrigin: String, Sendable, Hashable, CaseIterable {
    /// Delivered by the engine, response by response.
    case delivery
    /// Imported from a results file (`assess import-results`).
    case `import`
}
