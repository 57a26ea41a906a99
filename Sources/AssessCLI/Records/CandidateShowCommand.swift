import ArgumentParser
import Records

struct CandidateShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a candidate with their attempts, current results and ratings.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var database: DatabaseLocation

    @Argument(help: ArgumentHelp("The worker id.", valueName: "worker-id"))
    var workerID: String

    @Option(help: "Output: text (for people) or json.")
    var format: Format = .text

    @Flag(help: "Show a pseudonym instead of the worker id, and leave the name out.")
    var pseudonymize = false

    func run() throws {
        try ErrorPresenter.presentingRecordsErrors {
            let store = try database.open(creating: false)
            guard let candidate = try store.candidate(workerID: workerID) else {
                throw RecordsError.unknownCandidate(workerID: CandidateData(workerID))
            }
            let record = CandidateRecord(candidate.value, pseudonymizer: pseudonymize ? try store.pseudonymizer() : nil)
            let attempts = try store.attempts(candidateID: candidate.id).map { attempt throws(RecordsError) in
                CandidateAttempt(attempt, result: try store.currentResult(attemptID: attempt.id)?.value)
            }
            let ratings = try store.ratings(candidateID: candidate.id).map(CandidateRating.init)
            switch format {
            case .json:
                Output.line(CandidateRecord.json(CandidateProfile(candidate: record, attempts: attempts, ratings: ratings)))
            case .text:
                Output.text(text(record, registeredAt: candidate.registeredAt, attempts: attempts, ratings: ratings))
            }
        }
    }

    private func text(_ record: CandidateRecord, registeredAt: Timestamp, attempts: [CandidateAttempt], ratings: [CandidateRating]) -> String {
        let labels = CandidateRecord.header(pseudonymized: pseudonymize).map { $0.replacing("_", with: " ") } + ["registered"]
        let values = record.fields + [registeredAt.description]
        let width = labels.map(\.count).max() ?? 0
        var text = zip(labels, values).map { label, value in
            value.isEmpty ? label : label + String(repeating: " ", count: width - label.count + 2) + TerminalText.escaped(value)
        }.joined(separator: "\n") + "\n"
        text += "\nattempts: \(attempts.count)\n"
        if !attempts.isEmpty {
            text += RecordsTable.render(
                header: ["id", "test", "purpose", "mode", "status", "started", "result"],
                rows: attempts.map { attempt in
                    [String(attempt.id), TerminalText.escaped(attempt.test), attempt.purpose, attempt.mode, attempt.status, attempt.started, attempt.resultText]
                }, rightAligned: [0])
        }
        text += "\nratings: \(ratings.count)\n"
        if !ratings.isEmpty {
            text += RecordsTable.render(
                header: ["instrument", "criterion", "score", "rated on", "evaluator"],
                rows: ratings.map { [$0.instrument, $0.criterion, NumberText.format($0.score), $0.ratedOn, $0.evaluator].map(TerminalText.escaped) },
                rightAligned: [2])
        }
        return text
    }
}

/// `candidates show --format json`.
struct CandidateProfile: Encodable {
    var candidate: CandidateRecord
    var attempts: [CandidateAttempt]
    var ratings: [CandidateRating]
}

struct CandidateAttempt: Encodable {
    struct Result: Encodable {
        var revision: Int
        var raw: Double
        var maximum: Double
        var percent: Double
        var theta: Double?
        var standardError: Double?
        var scaled: Double?
        var decision: String?
    }

    var id: Int64
    var test: String
    var purpose: String
    var mode: String
    var status: String
    var started: String
    var finished: String?
    var result: Result?

    init(_ attempt: Recorded<Attempt>, result: AttemptResult?) {
        id = attempt.id
        test = attempt.value.plan.testID
        purpose = attempt.value.plan.purpose.rawValue
        mode = attempt.value.plan.mode.rawValue
        status = attempt.status.rawValue
        started = attempt.value.plan.startedAt.description
        finished = attempt.finishedAt?.description
        self.result = result.map {
            Result(
                revision: $0.revision, raw: $0.scores.raw, maximum: $0.scores.maximum, percent: $0.scores.percent,
                theta: $0.scores.theta, standardError: $0.scores.standardError, scaled: $0.scores.scaled,
                decision: $0.scores.decision?.rawValue)
        }
    }

    /// `2/3 (66.7%) pass`, or empty without a result.
    var resultText: String {
        guard let result else { return "" }
        let percent = (result.percent * 10).rounded() / 10
        return "\(NumberText.format(result.raw))/\(NumberText.format(result.maximum)) (\(percent)%)" + (result.decision.map { " " + $0 } ?? "")
    }
}

struct CandidateRating: Encodable {
    var instrument: String
    var criterion: String
    var score: Double
    var ratedOn: String
    var evaluator: String
    var occasion: String?
    var comment: String?

    init(_ rating: Recorded<Rating>) {
        instrument = rating.instrument
        criterion = rating.criterion
        score = rating.score
        ratedOn = rating.ratedOn.description
        evaluator = rating.evaluator
        occasion = rating.occasion
        comment = rating.comment
    }
}

/// Numbers for people: whole numbers without a decimal point, others with up to two decimals.
enum NumberText {
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let rounded = (value * 100).rounded() / 100
        return "\(rounded)"
    }
}
