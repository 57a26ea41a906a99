import ArgumentParser

/// `assess candidates …`: register, import, list and show candidates.
struct CandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: "Register, import, list and show candidates.",
        subcommands: [CandidateAddCommand.self, CandidateImportCommand.self, CandidateListCommand.self, CandidateShowCommand.self])
}
