import ArgumentParser

/// `assess db …`: inspect, back up and check the records database.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Inspect, back up and check the records database.",
        subcommands: [DatabaseInfoCommand.self, DatabaseBackupCommand.self, DatabaseCheckCommand.self])
}
