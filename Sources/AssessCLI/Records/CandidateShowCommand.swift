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
