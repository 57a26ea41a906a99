import AssessCore
import Records
import Sequencing

/// One sitting of an attempt: resume where it stopped, deliver until the test ends or the
/// candidate pauses, and record the outcome.
struct TakeSitting {
    let spec: TestSpec
    let bank: ItemBank
    let store: RecordStore
    let attemptID: Int64
    let now: () -> Timestamp

    func run(console: inout some LineReader & ScreenWriter, clock: some SessionClock) throws -> SessionOutcome {
        let progress: AttemptProgress
        let earlier: [Recorded<ItemResponse>]
        do {
            progress = try store.resumeAttempt(attemptID, at: now())
            earlier = try store.responses(attemptID: attemptID)
        } catch {
            throw DeliveryError.records(error)
        }
        let plan = progress.attempt.value.plan
        if !progress.answered.isEmpty {
            let left = progress.remainingMilliseconds.map { " \(ItemScreen.clock($0 / 1000)) left." } ?? ""
            console.write("\nWelcome back to \(spec.title). \(progress.answered.count) answered so far;\(left) Continuing where you stopped.\n")
        }
        let sittingStart = clock.nowMilliseconds()
        let elapsedNow = { progress.elapsedMilliseconds + Int(clock.nowMilliseconds() - sittingStart) }
        var recorder = RecordsRecorder(store: store, attemptID: attemptID, elapsed: elapsedNow, now: now, items: bank)
        let timeLimit = plan.timeLimitMilliseconds.map { $0 / 1000 }
        var adaptiveStop: (reason: StopReason, decision: Sequencing.Decision?)?
        var adaptiveEstimate: (theta: Double, standardError: Double)?
        let run: SessionRun
        let timeAlreadyUp = plan.timeLimitMilliseconds.map { progress.elapsedMilliseconds >= $0 } ?? false
        if case .adaptive = spec.mode {
            var source = try adaptiveSource(plan: plan, earlier: earlier)
            if timeAlreadyUp {
                run = SessionRun(outcome: .timeUp, elapsedMilliseconds: progress.elapsedMilliseconds)
            } else {
                var session = ForwardSession(
                    bank: bank, timeLimitSeconds: timeLimit, elapsedBeforeMilliseconds: progress.elapsedMilliseconds, length: nil,
                    nextSequence: progress.nextSequence, position: progress.answered.count, seed: plan.seed)
                run = try session.run(selector: &source, recorder: &recorder, console: &console, clock: clock)
            }
            // Out of time: the engine's time-out rule decides (a fail below the minimum length;
            // otherwise the spec's on-expiry rule), never θ alone. Ended early by the candidate:
            // the engine is closed the same way, and the scorer fails the attempt.
            if run.outcome == .timeUp || run.outcome == .quit { source.endNow() }
            adaptiveStop = source.stop
            adaptiveEstimate = source.estimate
        } else if timeAlreadyUp {
            run = SessionRun(outcome: .timeUp, elapsedMilliseconds: progress.elapsedMilliseconds)
        } else if spec.navigation.allowsAny {
            let form = (plan.form ?? []).compactMap { id in bank[id].map { (itemID: id, optionOrder: OptionOrder.order(for: $0, attemptSeed: plan.seed)) } }
            var answers: [String: String] = [:]
            for response in earlier { answers[response.value.itemID] = response.value.rawAnswer }
            var session = NavigableSession(
                bank: bank, form: form, timeLimitSeconds: timeLimit, elapsedBeforeMilliseconds: progress.elapsedMilliseconds,
                nextSequence: progress.nextSequence, answers: answers)
            run = try session.run(recorder: &recorder, console: &console, clock: clock)
        } else {
            let pilots = Set((plan.form ?? []).filter { bank[$0]?.status == .pilot })
            var source = FormSource(remaining: progress.remainingItems ?? [], pretest: pilots)
            var session = ForwardSession(
                bank: bank, timeLimitSeconds: timeLimit, elapsedBeforeMilliseconds: progress.elapsedMilliseconds,
                length: plan.form?.count, nextSequence: progress.nextSequence, position: progress.answered.count, seed: plan.seed)
            run = try session.run(selector: &source, recorder: &recorder, console: &console, clock: clock)
        }
        do {
            if run.outcome == .paused {
                try store.pauseAttempt(attemptID, elapsedMilliseconds: run.elapsedMilliseconds, at: now())
                return run.outcome
            }
            let responses = try store.responses(attemptID: attemptID).map(\.value)
            let result = AttemptScorer(spec: spec, bank: bank, form: plan.form).score(
                responses, adaptiveStop: adaptiveStop, adaptiveEstimate: adaptiveEstimate, outcome: run.outcome)
            _ = try store.completeAttempt(attemptID, scores: result.scores, elapsedMilliseconds: run.elapsedMilliseconds, at: now())
            console.write(result.screen)
        } catch {
            throw DeliveryError.records(error)
        }
        return run.outcome
    }

    /// The adaptive engine for this attempt, with the responses of earlier sittings replayed.
    /// Its pool and start are measured from the attempt's start, so every sitting agrees. An
    /// attempt whose responses do not replay on that engine (one begun by an earlier version,
    /// before pools left out seen items) is replayed on the spec's whole pool from its fallback
    /// start instead, so that it can still be finished.
    private func adaptiveSource(plan: AttemptPlan, earlier: [Recorded<ItemResponse>]) throws -> AdaptiveSource {
        do {
            let prior = try PriorAttempts.load(
                spec: spec, candidateID: plan.candidateID, excludingAttempt: attemptID, reference: plan.startedAt, store: store)
            do {
                return try adaptiveSource(plan: plan, earlier: earlier, prior: prior)
            } catch SequencingError.replayMismatch {
                return try adaptiveSource(plan: plan, earlier: earlier, prior: PriorAttempts())
            }
        } catch let error as DeliveryError {
            throw error
        } catch {
            throw DeliveryError.cannotAssemble("\(error)")
        }
    }

    private func adaptiveSource(plan: AttemptPlan, earlier: [Recorded<ItemResponse>], prior: PriorAttempts) throws -> AdaptiveSource {
        let test = try AdaptiveSource.test(spec: spec, bank: bank, prior: prior)
        let replay = earlier.compactMap { response -> RecordedResponse? in
            test.pool.index(ofID: response.value.itemID).map { RecordedResponse(item: $0, correct: (response.value.scoredValue ?? 0) >= 1) }
        }
        let session = replay.isEmpty
            ? test.session(seed: plan.seed, previousTheta: prior.previousTheta)
            : try test.resume(seed: plan.seed, previousTheta: prior.previousTheta, responses: replay)
        return AdaptiveSource(session: session, pool: test.pool)
    }
}
