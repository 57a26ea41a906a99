import ArgumentParser

/// The `assess` command: parse, call one library function, print.
struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assessment engine for child-protection workforce training and certification.",
        subcommands: [
            TakeCommand.self, BankCommand.self, SpecCommand.self, ScoreCommand.self, AnalyzeCommand.self, CalibrateCommand.self,
            SimulateCommand.self, ResultsCommand.self, CandidatesCommand.self, DatabaseCommand.self, AuditCommand.self,
            ImportResultsCommand.self,
        ])
}
