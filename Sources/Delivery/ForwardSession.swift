import AssessCore

/// The session loop for tests that only go forward: adaptive tests, and linear tests that do
/// not allow navigation. Each answer is recorded durably before the next item is shown.
///
/// Invalid input re-prompts with its reason and is never recorded. `pause`, end of input and
/// Ctrl-C end the session with the attempt resumable; `quit` (confirmed) ends the attempt.
/// Time is checked before each item and after each answer: an answer typed after the limit
/// is not recorded, and the session ends with ``SessionOutcome/timeUp``.
public struct ForwardSession {
    public var bank: ItemBank
    public var timeLimitSeconds: Int?
    /// Time already used in earlier sittings of this attempt.
    public var elapsedBeforeMilliseconds: Int
    /// Fixed-length tests show "Item k of n".
    public var length: Int?
    /// The number the next recorded response gets (1 for a new attempt).
    public var nextSequence: Int
    /// How many items were shown in earlier sittings (for "Item k").
    public var position: Int
    /// The attempt's seed, from which each item's option order is derived.
    public var seed: UInt64

    public init(
        bank: ItemBank, timeLimitSeconds: Int?, elapsedBeforeMilliseconds: Int, length: Int?, nextSequence: Int, position: Int,
        seed: UInt64
    ) {
        self.bank = bank
        self.timeLimitSeconds = timeLimitSeconds
        self.elapsedBeforeMilliseconds = elapsedBeforeMilliseconds
        self.length = length
        self.nextSequence = nextSequence
        self.position = position
        self.seed = seed
    }

    public mutating func run(
        selector: inout some ItemSource, recorder: inout some AttemptRecorder, console: inout some LineReader & ScreenWriter,
        clock: some SessionClock
    ) throws -> SessionRun {
        let start = clock.nowMilliseconds()
        var elapsed: Int { elapsedBeforeMilliseconds + Int(clock.nowMilliseconds() - start) }
        var lastStimulus: String?
        while true {
            if SessionHelp.isTimeUp(limitSeconds: timeLimitSeconds, elapsedMilliseconds: elapsed) { return SessionRun(outcome: .timeUp, elapsedMilliseconds: elapsed) }
            let step = selector.next()
            guard case .item(let id, let isPretest) = step else {
                if case .stop(let reason) = step { return SessionRun(outcome: .finished(reason: reason), elapsedMilliseconds: elapsed) }
                return SessionRun(outcome: .finished(reason: "end"), elapsedMilliseconds: elapsed)
            }
            guard let item = bank[id] else { preconditionFailure("the selector chose item \(id), which is not in the bank") }
            position += 1
            let order = OptionOrder.order(for: item, attemptSeed: seed)
            let stimulus = item.stimulus.flatMap { bank.stimuli[$0] }
            var screen = ItemScreen(
                position: position, length: length, secondsRemaining: remaining(elapsed), stimulus: stimulus?.id == lastStimulus ? nil : stimulus,
                item: item, optionOrder: order)
            lastStimulus = stimulus?.id
            console.write(screen.text)
            let shownAt = clock.nowMilliseconds()
            let parser = AnswerParser(type: item.type, choiceCount: item.type == .ratingScale ? (item.ratingScale?.points ?? 5) : order.count)
            answering: while true {
                screen.secondsRemaining = remaining(elapsed)
                switch SessionHelp.read(prompt: screen.prompt, console: &console, limitSeconds: timeLimitSeconds, elapsed: { elapsed }) {
                case .ended(let run):
                    return run
                case .line(let line):
                    switch parser.parse(line) {
                    case .invalid(let reason):
                        console.write(reason + "\n")
                    case .command(let command):
                        switch command {
                        case .help: console.write(SessionHelp.forward)
                        case .time: console.write(SessionHelp.timeLine(remaining: remaining(elapsed), elapsedMilliseconds: elapsed))
                        case .showCase: console.write(SessionHelp.caseText(stimulus, item: item))
                        case .pause:
                            console.write(SessionHelp.paused)
                            position -= 1
                            return SessionRun(outcome: .paused, elapsedMilliseconds: elapsed)
                        case .quit:
                            let consequence = length == nil
                                ? "A test ended before it is complete is a fail."
                                : "Unanswered items score zero."
                            if case .line(let answer) = console.readLine(prompt: "End the test now? \(consequence) Type yes to end: "),
                                answer.trimmingWhitespace.lowercased() == "yes"
                            {
                                return SessionRun(outcome: .quit, elapsedMilliseconds: elapsed)
                            }
                            console.write("The test continues.\n")
                        case .skip, .back, .flag, .review, .submit:
                            console.write("This test goes forward only: answer the item to continue (? for help).\n")
                        }
                    case .choices(let shown):
                        let selected = Set(shown.map { item.options[order[$0]].id })
                        let score = isPretest ? nil : item.score(selecting: selected)
                        try record(item, order: order, raw: selected.sorted().joined(separator: ","), score: score, isPretest: isPretest,
                            latency: Int(clock.nowMilliseconds() - shownAt), selector: &selector, recorder: &recorder)
                        break answering
                    case .rating(let rating):
                        let scored = item.ratingScore(rating).map(Double.init)
                        try record(item, order: order, raw: String(rating), score: isPretest ? nil : scored, isPretest: isPretest,
                            latency: Int(clock.nowMilliseconds() - shownAt), selector: &selector, recorder: &recorder)
                        break answering
                    }
                }
            }
        }
    }

    private mutating func record(
        _ item: Item, order: [Int], raw: String, score: Double?, isPretest: Bool, latency: Int, selector: inout some ItemSource,
        recorder: inout some AttemptRecorder
    ) throws {
        selector.answered(itemID: item.id, score: score)
        let estimate = selector.estimate
        try recorder.record(
            SessionResponse(
                sequence: nextSequence, itemID: item.id, itemVersion: bank.versions[item.id] ?? item.contentHash(),
                optionOrder: order.map { item.options[$0].id }, rawAnswer: raw, scoredValue: score, latencyMilliseconds: latency,
                theta: estimate?.theta, standardError: estimate?.standardError, isPretest: isPretest))
        nextSequence += 1
    }

    private func remaining(_ elapsedMilliseconds: Int) -> Int? {
        timeLimitSeconds.map { max(0, $0 - elapsedMilliseconds / 1000) }
    }
}

/// How a sitting ended, with the attempt's total time used so far.
public struct SessionRun: Sendable, Hashable {
    public var outcome: SessionOutcome
    public var elapsedMilliseconds: Int
}

public enum SessionOutcome: Sendable, Hashable {
    /// The test is over; the reason is the rule that stopped it.
    case finished(reason: String)
    /// The candidate paused, the input ended or was interrupted: resumable.
    case paused
    /// The candidate ended the test early (confirmed).
    case quit
    /// The time limit was reached.
    case timeUp
}
