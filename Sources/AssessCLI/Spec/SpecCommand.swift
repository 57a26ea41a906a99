import ArgumentParser

/// `assess spec …`: validate, list and show test specifications.
struct SpecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spec",
        abstract: "Validate and inspect test specifications (Scoring/*.yaml).",
        subcommands: [SpecValidateCommand.self, SpecListCommand.self, SpecShowCommand.self])
}
