import Analysis
import ArgumentParser
import BankFormats
import Foundation
import Records

struct ImportResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-results",
        abstract: "Record historical or paper-based results as completed, scored attempts, all or nothing.",
        discussion: """
            FILE is a wide CSV: candidate_id (the worker id), then one column per item id, each cell \
            the option letters chosen (B; AC or A,C for multiple response; a number for rating \
            items), empty when the item was not presented. Letters stand for options in authored \
            order. Each row becomes a completed attempt whose responses are scored against the bank \
            and carry the items' content hashes. One bad cell, column or row and nothing is written; \
            every one is listed as file:row:column.
            """)

    @OptionGroup var database: DatabaseLocation
    @OptionGroup var location: BankLocation

    @Argument(help: ArgumentHelp("The results file.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The test the results are for.", valueName: "id"))
    var test: String

    @Option(help: "pre, post, certification or self-assessment.")
    var purpose: AttemptPurpose = .certification

    @Option(help: ArgumentHelp("The day the test was taken, YYYY-MM-DD (default: today).", valueName: "date"))
    var date: String?

    @Flag(help: "Register worker ids that are not registered yet (named by their worker id).")
    var createCandidates = false

    @Option(help: "The role of candidates registered by --create-candidates.")
    var role: CandidateRole = .newWorker

    func validate() throws {
        if let date, CalendarDate(date) == nil { throw ValidationError("--date must be a date written YYYY-MM-DD, not '\(date)'") }
        if test.isEmpty { throw ValidationError("--test must name the test") }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw BankError.notFound(path: file) }
        let (table, tableDiagnostics) = ResponseTable.read(try BankLoader.decodedText(at: file), file: file)
        guard let table else { throw BankError.invalid(tableDiagnostics) }
        let loaded = try BankLoader.load([location.path])
        if loaded.diagnostics.hasErrors { throw BankError.invalid(loaded.diagnostics) }
        let sheet = ResultSheet(
            file: file, itemIDs: table.itemIDs,
            rows: table.candidateIDs.indices.map { row in
                ResultSheet.Row(
                    workerID: table.candidateIDs[row], rowNumber: table.rowNumbers[row],
                    cells: table.itemIDs.indices.map { table.cell(row, $0) })
            })
        let now = Clock.now()
        let takenAt = date.flatMap(CalendarDate.init).map { Timestamp("\($0)T00:00:00Z") } ?? Timestamp("\(now.day)T00:00:00Z")
        try ErrorPresenter.presentingRecordsErrors {
            guard let takenAt else { preconditionFailure("a valid date makes a valid time") }
            let store = try database.open(creating: true)
            let report = try store.importResults(
                sheet, bank: loaded.bank,
                options: ResultsImportOptions(
                    testID: test, purpose: purpose, takenAt: takenAt, importedAt: now, createCandidates: createCandidates,
                    newCandidateRole: role))
            Output.line(
                "imported \(report.attempts) attempts with \(report.responses) responses from \(file) as \(test)"
                    + (report.candidatesRegistered > 0 ? "; registered \(report.candidatesRegistered) new candidates" : ""))
        }
    }
}
