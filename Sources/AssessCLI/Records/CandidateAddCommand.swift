import ArgumentParser
import Records

struct CandidateAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Register one candidate.")

    @OptionGroup var database: DatabaseLocation

    @Argument(help: ArgumentHelp("The agency's worker id.", valueName: "worker-id"))
    var workerID: String

    @Option(help: "The name people read.")
    var name: String

    @Option(help: "new-worker or incumbent.")
    var role: CandidateRole

    @Option(help: "Agency.") var agency: String?
    @Option(help: "County.") var county: String?
    @Option(help: "Region.") var region: String?
    @Option(help: "Training cohort.") var cohort: String?
    @Option(help: ArgumentHelp("Hire date, YYYY-MM-DD.", valueName: "date")) var hireDate: String?

    func validate() throws {
        if let hireDate, CalendarDate(hireDate) == nil {
            throw ValidationError("--hire-date must be a date written YYYY-MM-DD, not '\(hireDate)'")
        }
    }

    func run() throws {
        try ErrorPresenter.presentingRecordsErrors {
            let store = try database.open(creating: true)
            try store.registerCandidate(
                Candidate(
                    workerID: workerID, displayName: name, role: role, agency: agency, county: county, region: region, cohort: cohort,
                    hireDate: hireDate.flatMap(CalendarDate.init), registeredAt: Clock.now()))
            Output.line("registered candidate \(TerminalText.escaped(workerID))")
        }
    }
}
