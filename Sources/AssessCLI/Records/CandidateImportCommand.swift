import ArgumentParser
import AssessCore
import BankFormats
import Foundation
import Records

struct CandidateImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Register the candidates of a CSV file, all or nothing.",
        discussion: """
            Columns (header row first, any order): worker_id, name, role (new-worker or incumbent), and \
            optionally agency, county, region, cohort, hire_date (YYYY-MM-DD). A .tsv file is read as \
            tab-separated. Problems are reported as file:row:column; on any problem, or a worker id \
            that is already registered, nothing is written.
            """)

    @OptionGroup var database: DatabaseLocation

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw BankError.notFound(path: file) }
        let text = try BankLoader.decodedText(at: file)
        let (table, parseDiagnostics) = CSVTable.parse(text, file: file, delimiter: file.lowercased().hasSuffix(".tsv") ? "\t" : ",")
        var diagnostics = parseDiagnostics
        var candidates: [(candidate: Candidate, location: SourceLocation)] = []
        if let table {
            let sheet = CandidateSheet.candidates(
                header: table.header, rows: table.rows, rowNumbers: table.rowNumbers, file: file, registeredAt: Clock.now())
            diagnostics.append(contentsOf: sheet.diagnostics)
            candidates = sheet.candidates
        }
        try ErrorPresenter.presentingRecordsErrors {
            if diagnostics.hasErrors { throw RecordsError.invalid(diagnostics) }
            let store = try database.open(creating: true)
            let ids = try store.importCandidates(candidates)
            Output.line("imported \(ids.count) candidates from \(file)")
        }
    }
}
