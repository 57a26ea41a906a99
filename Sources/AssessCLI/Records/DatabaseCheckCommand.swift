import ArgumentParser
import Records

struct DatabaseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Run SQLite's integrity and foreign-key checks, then verify the audit chain.")

    @OptionGroup var database: DatabaseLocation

    func run() throws {
        try ErrorPresenter.presentingRecordsErrors {
            let store = try database.open(creating: false)
            let problems = try store.integrityProblems()
            if !problems.isEmpty { throw RecordsError.integrityFailed(problems) }
            Output.line("integrity: ok")
            let report = try store.requireIntactAudit()
            Output.line("audit chain: intact, \(report.eventCount) events, head \(report.headHash)")
        }
    }
}
