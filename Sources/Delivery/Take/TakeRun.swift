import AssessCore
import BankFormats
import Foundation
import Records
import Sequencing

/// `assess take`: deliver a test to a candidate at the terminal, from the spec in Scoring/, the
/// bank in ItemBank/ and the records in the database — or resume their open attempt.
///
/// Order of events: load and check content; find the candidate; resume an open attempt of this
/// test, or check the attempt rules and start a new one after the candidate confirms; run the
/// session (each answer committed before the next item); then pause, or score and record the
/// result and show the feedback the spec allows.
public enum TakeRun {
    public static func run(
        _ request: TakeRequest, console: inout some LineReader & ScreenWriter, clock: some SessionClock,
        now: @escaping () -> Timestamp = { Timestamp(Date()) }
    ) throws -> SessionOutcome? {
        let (bank, spec) = try loadContent(request)
        let store: RecordStore
        do {
            store = try RecordStore(path: request.databasePath)
        } catch {
            throw DeliveryError.records(error)
        }
        let candidate = try findCandidate(request, spec: spec, store: store, now: now)
        var attempt = try openAttempt(candidateID: candidate, spec: spec, store: store)
        if attempt == nil {
            try AttemptRulesCheck.check(spec: spec, candidateID: candidate, store: store, now: now())
            console.write(Introduction.text(spec: spec))
            guard case .line(let answer) = console.readLine(prompt: "Press Enter to begin, or type quit to leave without starting: "),
                answer.trimmingWhitespace.lowercased() != "quit"
            else {
                console.write("Nothing was started.\n")
                return nil
            }
            attempt = try start(request, spec: spec, bank: bank, candidateID: candidate, store: store, now: now)
        }
        guard let attemptID = attempt else { return nil }
        return try TakeSitting(spec: spec, bank: bank, store: store, attemptID: attemptID, now: now)
            .run(console: &console, clock: clock)
    }

    static func loadContent(_ request: TakeRequest) throws -> (ItemBank, TestSpec) {
        // A missing folder or unreadable file is the loaders' own error (BankError), which the
        // command presents with the path.
        let loaded = try BankLoader.load([request.bankPath])
        let specs = try TestSpecLoader.load([request.specsPath])
        if loaded.diagnostics.hasErrors { throw DeliveryError.invalidContent(loaded.diagnostics) }
        guard let document = specs.document(id: request.testID), let spec = document.spec else {
            let known = specs.specs.map(\.id)
            throw DeliveryError.unknownTest(
                id: request.testID, known: known, suggestion: Suggestion.closest(to: request.testID, among: known))
        }
        let problems = TestSpecValidator.validate([document], bank: loaded.bank, references: specs.specs)
        if problems.hasErrors { throw DeliveryError.invalidContent(problems) }
        return (loaded.bank, spec)
    }

    static func findCandidate(_ request: TakeRequest, spec: TestSpec, store: RecordStore, now: () -> Timestamp) throws -> Int64 {
        let canRegister = spec.purpose != .certification
        do {
            if let found = try store.candidate(workerID: request.workerID) { return found.id }
            guard let name = request.registerName, canRegister else {
                throw DeliveryError.unknownCandidate(workerID: request.workerID, canRegister: canRegister)
            }
            return try store.registerCandidate(Candidate(workerID: request.workerID, displayName: name, role: .newWorker, registeredAt: now()))
        } catch let error as RecordsError {
            throw DeliveryError.records(error)
        }
    }

    /// The candidate's open (in progress or paused) attempt at this test, if any.
    static func openAttempt(candidateID: Int64, spec: TestSpec, store: RecordStore) throws -> Int64? {
        do {
            return try store.attempts(candidateID: candidateID)
                .last { $0.value.plan.testID == spec.id && $0.value.status.isOpen }?.id
        } catch {
            throw DeliveryError.records(error)
        }
    }

    static func start(
        _ request: TakeRequest, spec: TestSpec, bank: ItemBank, candidateID: Int64, store: RecordStore, now: () -> Timestamp
    ) throws -> Int64 {
        let seed = request.seed ?? UInt64.random(in: 0...UInt64.max)
        let startedAt = now()
        let prior = try PriorAttempts.load(spec: spec, candidateID: candidateID, excludingAttempt: nil, reference: startedAt, store: store)
        let plan = try FormPlan.make(spec: spec, bank: bank, seed: seed, prior: prior)
        do {
            return try store.startAttempt(
                AttemptPlan(
                    candidateID: candidateID, testID: spec.id, testHash: spec.contentHash, bankHash: bank.snapshotHash,
                    mode: plan.mode, purpose: AttemptPurpose(spec.purpose), seed: seed,
                    timeLimitMilliseconds: spec.timeLimit.map { $0.minutes * 60_000 }, form: plan.form, startedAt: startedAt))
        } catch {
            throw DeliveryError.records(error)
        }
    }
}

extension AttemptPurpose {
    init(_ purpose: TestPurpose) {
        switch purpose {
        case .modulePre: self = .pre
        case .modulePost, .practice: self = .post
        case .certification: self = .certification
        case .selfAssessment: self = .selfAssessment
        }
    }
}
