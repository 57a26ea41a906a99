import ArgumentParser

/// `assess audit …`: the tamper-evident record of every response, result and rating.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Verify the audit chain.", subcommands: [AuditVerifyCommand.self])
}
