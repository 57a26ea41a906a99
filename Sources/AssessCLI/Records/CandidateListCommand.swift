import ArgumentParser
import Records

extension CandidateFormat: ExpressibleByArgument {}

struct CandidateListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the candidates, by worker id.",
        discussion: """
            --format csv writes the columns of the import format. --pseudonymize replaces each worker \
            id with a stable salted hash (P- and 16 hex digits; the salt stays in the database) and \
            leaves the name out, for analysts outside the agency.
            """)

    @OptionGroup var database: DatabaseLocation

    @Option(help: "Output: table (for people), csv or json.")
    var format: CandidateFormat = .table

    @Flag(help: "Replace worker ids with pseudonyms and leave names out.")
    var pseudonymize = false

    func run() throws {
        try ErrorPresenter.presentingRecordsErrors {
            let store = try database.open(creating: false)
            let pseudonymizer = pseudonymize ? try store.pseudonymizer() : nil
            var records = try store.candidates().map { CandidateRecord($0.value, pseudonymizer: pseudonymizer) }
            // Pseudonymised rows are sorted by pseudonym, so the order gives nothing away.
            if pseudonymize { records.sort { ($0.pseudonym ?? "") < ($1.pseudonym ?? "") } }
            Output.text(CandidateRecord.render(records, as: format, pseudonymized: pseudonymize))
        }
    }
}
