import ArgumentParser
import Records

struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "List a candidate's attempts and results, or show one attempt.",
        discussion: "θ and its standard error are shown to evaluators here; candidates never see them during or after a certification test.")

    @OptionGroup var database: DatabaseLocation

    @Option(help: ArgumentHelp("A candidate's worker id: list their attempts.", valueName: "worker-id"))
    var candidate: String?

    @Option(help: ArgumentHelp("An attempt id: show it with its scores and subscores.", valueName: "id"))
    var attempt: Int64?

    @Option(help: "Output: text (for people) or json.")
    var format: CandidateShowCommand.Format = .text

    func validate() throws {
        if (candidate == nil) == (attempt == nil) { throw ValidationError("give exactly one of --candidate or --attempt") }
    }

    func run() throws {
        try ErrorPresenter.presentingRecordsErrors {
            let store = try database.open(creating: false)
            if let workerID = candidate {
                guard let found = try store.candidate(workerID: workerID) else {
                    throw RecordsError.unknownCandidate(workerID: CandidateData(workerID))
                }
                let attempts = try store.attempts(candidateID: found.id).map { attempt throws(RecordsError) in
                    CandidateAttempt(attempt, result: try store.currentResult(attemptID: attempt.id)?.value)
                }
                if format == .json { Output.line(CandidateRecord.json(attempts)); return }
                Output.text(
                    attempts.isEmpty ? "no attempts\n" : RecordsTable.render(
                        header: ["id", "test", "purpose", "mode", "status", "started", "result"],
                        rows: attempts.map { [String($0.id), TerminalText.escaped($0.test), $0.purpose, $0.mode, $0.status, $0.started, $0.resultText] },
                        rightAligned: [0]))
                return
            }
            guard let id = attempt, let recorded = try store.attempt(id: id) else {
                Output.error("error: no attempt \(attempt ?? 0) in the database")
                throw ReportedFailure(exitCode: ErrorPresenter.badData)
            }
            let result = try store.currentResult(attemptID: id)?.value
            let summary = CandidateAttempt(recorded, result: result)
            if format == .json { Output.line(CandidateRecord.json(summary)); return }
            let progress = try store.progress(ofAttempt: id)
            var text = "attempt \(id): \(TerminalText.escaped(summary.test)) (\(summary.purpose), \(summary.mode))\n"
            text += "status: \(summary.status); started \(summary.started)" + (summary.finished.map { "; finished \($0)" } ?? "") + "\n"
            text += "answered: \(progress.answered.count); time used: \(progress.elapsedMilliseconds / 60_000) min \(progress.elapsedMilliseconds / 1000 % 60) s\n"
            if let result {
                let scores = result.scores
                text += "score: \(summary.resultText)\n"
                if let theta = scores.theta {
                    text += "theta: \(NumberText.format((theta * 1000).rounded() / 1000))"
                        + (scores.standardError.map { " (SE \(NumberText.format(($0 * 1000).rounded() / 1000)))" } ?? "") + "\n"
                }
                if !scores.subscores.isEmpty {
                    text += RecordsTable.render(
                        header: ["part", "score", "of"],
                        rows: scores.subscores.sorted { $0.key < $1.key }.map { [$0.key, NumberText.format($0.value.raw), NumberText.format($0.value.maximum)] },
                        rightAligned: [1, 2])
                }
            }
            Output.text(text)
        }
    }
}
