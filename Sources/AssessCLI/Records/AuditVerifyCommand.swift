import ArgumentParser
import Records

struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Walk the audit chain and re-derive every event from the rows it covers.",
        discussion: """
            Reports the first mismatch in chain order, naming the table and row (exit 65). Keep the \
            head hash it prints somewhere else: a later head that does not descend from it means \
            the chain was rewritten.
            """)

    @OptionGroup var database: DatabaseLocation

    @Flag(help: "List every finding (up to 100), not only the first.")
    var all = false

    func run() throws {
        try ErrorPresenter.presentingRecordsErrors {
            let store = try database.open(creating: false)
            let report = try store.verifyAudit()
            guard let first = report.findings.first else {
                Output.line("audit chain intact: \(report.eventCount) events, head \(report.headHash)")
                return
            }
            Output.error("error: " + RecordsError.auditFailed(first).description)
            let others = report.findings.dropFirst()
            if all {
                for finding in others { Output.error("note: also: \(finding)") }
            } else if !others.isEmpty {
                let more = report.findingsTruncated ? "more than \(others.count)" : "\(others.count)"
                Output.error("note: \(more) further findings; --all lists them")
            }
            throw ReportedFailure(exitCode: ErrorPresenter.badData)
        }
    }
}
