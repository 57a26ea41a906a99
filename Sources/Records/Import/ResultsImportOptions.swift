/// How `import-results` records the attempts of a results file.
public struct ResultsImportOptions: Sendable, Hashable {
    /// The test the results are for (its id is recorded; see ``ResultsImport/testHash(testID:itemIDs:)``).
    public var testID: String
    public var purpose: AttemptPurpose
    /// When the test was taken (every attempt of the file starts and ends then).
    public var takenAt: Timestamp
    /// When the import runs (the results' scoring time and the new candidates' registration).
    public var importedAt: Timestamp
    /// Whether worker ids not yet registered are registered (with the worker id as name and
    /// ``newCandidateRole``) rather than reported as errors.
    public var createCandidates: Bool
    public var newCandidateRole: CandidateRole

    public init(
        testID: String, purpose: AttemptPurpose, takenAt: Timestamp, importedAt: Timestamp, createCandidates: Bool = false,
        newCandidateRole: CandidateRole = .newWorker
    ) {
        self.testID = testID
        self.purpose = purpose
        self.takenAt = takenAt
        self.importedAt = importedAt
        self.createCandidates = createCandidates
        self.newCandidateRole = newCandidateRole
    }
}
