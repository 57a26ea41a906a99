import ArgumentParser
import Foundation
import Records

/// `--db PATH`, else the `ASSESS_DB` environment variable, else `./assess.sqlite`; and how long
/// a write waits for another process's.
struct DatabaseLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Records database (default: $ASSESS_DB, else ./assess.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Seconds a write waits for another process's write before giving up.", valueName: "seconds"))
    var busyTimeout: Double = 5

    var path: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ASSESS_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "assess.sqlite"
    }

    func validate() throws {
        guard busyTimeout >= 0, busyTimeout.isFinite else { throw ValidationError("--busy-timeout must be 0 or more seconds") }
    }

    /// Opens the database; a command that only reads does not create one.
    func open(creating: Bool) throws(RecordsError) -> RecordStore {
        try RecordStore(path: path, options: StoreOptions(busyTimeout: busyTimeout, createIfMissing: creating))
    }
}

extension CandidateRole: ExpressibleByArgument {}
extension AttemptPurpose: ExpressibleByArgument {}
