import ArgumentParser
import Records

struct DatabaseBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database while it is in use (SQLite's online backup API).",
        discussion: """
            The copy is taken from one consistent snapshot, so candidates can keep testing; it is \
            written beside DEST and renamed into place when complete. Check it with \
            `assess db check --db DEST`.
            """)

    @OptionGroup var database: DatabaseLocation

    @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "dest"))
    var destination: String

    @Flag(help: "Overwrite DEST if it exists.")
    var replace = false

    func run() throws {
        try ErrorPresenter.presentingRecordsErrors {
            let store = try database.open(creating: false)
            let copy = try store.backup(to: destination, replacing: replace)
            Output.line(
                "backed up \(store.path) to \(destination): schema version \(copy.schemaVersion), "
                    + "\(copy.auditEventCount) audit events, head \(copy.auditHeadHash)")
        }
    }
}
