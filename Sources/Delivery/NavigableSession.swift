import AssessCore

/// The session loop for linear tests that allow navigation: skip, back, flag, a review list
/// and a confirmed final submit.
///
/// Every answer — including a changed one — is recorded durably before anything else is shown;
/// a changed answer is a new response with a higher sequence number, and the last one counts.
public struct NavigableSession {
    public var bank: ItemBank
    /// The form, in the order it is delivered, with each item's option order fixed for the attempt.
    public var form: [(itemID: String, optionOrder: [Int])]
    public var timeLimitSeconds: Int?
    public var elapsedBeforeMilliseconds: Int
    public var nextSequence: Int
    /// Answers already recorded (from earlier sittings), by item id: the shown letters' raw text.
    public var answers: [String: String]
    public var flagged: Set<String> = []

    public init(
        bank: ItemBank, form: [(itemID: String, optionOrder: [Int])], timeLimitSeconds: Int?, elapsedBeforeMilliseconds: Int,
        nextSequence: Int, answers: [String: String]
    ) {
        self.bank = bank
        self.form = form
        self.timeLimitSeconds = timeLimitSeconds
        self.elapsedBeforeMilliseconds = elapsedBeforeMilliseconds
        self.nextSequence = nextSequence
        self.answers = answers
    }

    public mutating func run(
        recorder: inout some AttemptRecorder, console: inout some LineReader & ScreenWriter, clock: some SessionClock
    ) throws -> SessionRun {
        let start = clock.nowMilliseconds()
        var elapsed: Int { elapsedBeforeMilliseconds + Int(clock.nowMilliseconds() - start) }
        var index = form.firstIndex { answers[$0.itemID] == nil } ?? form.count
        var lastStimulus: String?
        while true {
            if SessionHelp.isTimeUp(limitSeconds: timeLimitSeconds, elapsedMilliseconds: elapsed) { return SessionRun(outcome: .timeUp, elapsedMilliseconds: elapsed) }
            if index >= form.count {
                switch reviewScreen(console: &console) {
                case .goTo(let target): index = target
                case .submit: return SessionRun(outcome: .finished(reason: "submitted"), elapsedMilliseconds: elapsed)
                case .pause: return SessionRun(outcome: .paused, elapsedMilliseconds: elapsed)
                }
                continue
            }
            let (id, order) = form[index]
            guard let item = bank[id] else { preconditionFailure("form item \(id) is not in the bank") }
            let stimulus = item.stimulus.flatMap { bank.stimuli[$0] }
            let screen = ItemScreen(
                position: index + 1, length: form.count, secondsRemaining: remaining(elapsed),
                stimulus: stimulus?.id == lastStimulus ? nil : stimulus, item: item, optionOrder: order)
            lastStimulus = stimulus?.id
            console.write(screen.text)
            if let previous = answers[id] { console.write("Your answer so far: \(shownLetters(previous, item: item, order: order))\n") }
            if flagged.contains(id) { console.write("(flagged for review)\n") }
            let shownAt = clock.nowMilliseconds()
            let parser = AnswerParser(type: item.type, choiceCount: item.type == .ratingScale ? (item.ratingScale?.points ?? 5) : order.count)
            reading: while true {
                switch SessionHelp.read(prompt: screen.prompt, console: &console, limitSeconds: timeLimitSeconds, elapsed: { elapsed }) {
                case .ended(let run):
                    return run
                case .line(let line):
                    switch parser.parse(line) {
                    case .invalid(let reason): console.write(reason + "\n")
                    case .command(.help): console.write(SessionHelp.navigable)
                    case .command(.time): console.write(SessionHelp.timeLine(remaining: remaining(elapsed), elapsedMilliseconds: elapsed))
                    case .command(.showCase): console.write(SessionHelp.caseText(stimulus, item: item))
                    case .command(.pause):
                        console.write(SessionHelp.paused)
                        return SessionRun(outcome: .paused, elapsedMilliseconds: elapsed)
                    case .command(.quit), .command(.submit):
                        index = form.count
                        break reading
                    case .command(.skip):
                        index += 1
                        break reading
                    case .command(.back):
                        if index == 0 { console.write("This is the first item.\n") } else {
                            index -= 1
                            lastStimulus = nil
                            break reading
                        }
                    case .command(.flag):
                        if flagged.remove(id) == nil {
                            flagged.insert(id)
                            console.write("Flagged for review.\n")
                        } else {
                            console.write("Flag removed.\n")
                        }
                    case .command(.review):
                        index = form.count
                        break reading
                    case .choices(let shown):
                        let selected = Set(shown.map { item.options[order[$0]].id })
                        try record(item, order: order, raw: selected.sorted().joined(separator: ","), score: item.score(selecting: selected),
                            latency: Int(clock.nowMilliseconds() - shownAt), recorder: &recorder)
                        index = nextIndex(after: index)
                        break reading
                    case .rating(let rating):
                        try record(item, order: order, raw: String(rating), score: item.ratingScore(rating).map(Double.init),
                            latency: Int(clock.nowMilliseconds() - shownAt), recorder: &recorder)
                        index = nextIndex(after: index)
                        break reading
                    }
                }
            }
        }
    }

    enum ReviewChoice { case goTo(Int), submit, pause }

    /// Lists every item's state; the candidate picks an item number or submits (confirmed).
    mutating func reviewScreen(console: inout some LineReader & ScreenWriter) -> ReviewChoice {
        var text = "\nReview\n------\n"
        for (position, entry) in form.enumerated() {
            let state = answers[entry.itemID] == nil ? "not answered" : "answered"
            text += "  \(position + 1). \(state)\(flagged.contains(entry.itemID) ? ", flagged" : "")\n"
        }
        let open = form.count { answers[$0.itemID] == nil }
        text += "\n\(form.count - open) of \(form.count) answered.\n"
        console.write(text)
        while true {
            switch console.readLine(prompt: "Type an item number to go to it, or submit to finish: ") {
            case .endOfInput, .interrupted:
                console.write("\n" + SessionHelp.paused)
                return .pause
            case .line(let line):
                let text = line.trimmingWhitespace.lowercased()
                if let number = Int(text), (1...form.count).contains(number) { return .goTo(number - 1) }
                if text == "submit" {
                    let warning = open > 0 ? " \(open) unanswered \(open == 1 ? "item scores" : "items score") zero." : ""
                    if case .line(let answer) = console.readLine(prompt: "Submit your answers now?\(warning) Type yes to submit: "),
                        answer.trimmingWhitespace.lowercased() == "yes"
                    {
                        return .submit
                    }
                    continue
                }
                if text == "pause" {
                    console.write(SessionHelp.paused)
                    return .pause
                }
                console.write("Type a number from 1 to \(form.count), or submit.\n")
            }
        }
    }

    private func nextIndex(after index: Int) -> Int {
        form.indices.first { $0 > index && answers[form[$0].itemID] == nil } ?? form.count
    }

    private mutating func record(
        _ item: Item, order: [Int], raw: String, score: Double?, latency: Int, recorder: inout some AttemptRecorder
    ) throws {
        try recorder.record(
            SessionResponse(
                sequence: nextSequence, itemID: item.id, itemVersion: bank.versions[item.id] ?? item.contentHash(),
                optionOrder: order.map { item.options[$0].id }, rawAnswer: raw, scoredValue: score, latencyMilliseconds: latency,
                theta: nil, standardError: nil, isPretest: item.status == .pilot))
        answers[item.id] = raw
        nextSequence += 1
    }

    /// The letters on screen for a recorded answer (option ids mapped back through the order).
    private func shownLetters(_ raw: String, item: Item, order: [Int]) -> String {
        guard item.type != .ratingScale else { return raw }
        let ids = Set(raw.split(separator: ",").map(String.init))
        return order.enumerated().filter { ids.contains(item.options[$0.element].id) }.map { Option.letter(at: $0.offset) }.joined(separator: ",")
    }

    private func remaining(_ elapsedMilliseconds: Int) -> Int? {
        timeLimitSeconds.map { max(0, $0 - elapsedMilliseconds / 1000) }
    }
}
