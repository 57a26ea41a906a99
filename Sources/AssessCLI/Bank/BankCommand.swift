import ArgumentParser
import BankFormats

/// `assess bank …`: validate, list, show, import and export item banks.
struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Validate, inspect, import and export item banks.",
        subcommands: [ValidateCommand.self, LintCommand.self, ListCommand.self, ShowCommand.self, ImportCommand.self, ExportCommand.self])
}

extension BankFormat: ExpressibleByArgument {}
