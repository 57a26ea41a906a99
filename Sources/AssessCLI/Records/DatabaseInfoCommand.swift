import ArgumentParser
import Records

struct DatabaseInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Show the database's path, schema version, journal mode and row counts.")

    @OptionGroup var database: DatabaseLocation

    func run() throws {
        try ErrorPresenter.presentingRecordsErrors {
            let store = try database.open(creating: false)
            Output.text(Self.render(try store.info(), store: store))
        }
    }

    static func render(_ info: StoreInfo, store: RecordStore) -> String {
        let statuses = info.attemptsByStatus.map { "\($0.status.rawValue) \($0.count)" }.joined(separator: ", ")
        var lines = [
            ("database", store.path),
            ("schema version", "\(info.schemaVersion) (migrations \(info.migrations.joined(separator: ", ")))"),
            ("journal mode", info.journalMode),
            ("durability", "synchronous=FULL for every write (certification work always FULL)"),
            ("busy timeout", "\(ErrorPresenter.seconds(store.options.busyTimeout)) s"),
            ("size", "\(info.pageCount * info.pageSize) bytes (\(info.pageCount) pages of \(info.pageSize))"),
        ]
        if store.options.routineDurability == .normal {
            lines[3].1 = "synchronous=FULL for certification attempts, results, ratings, key changes, voids and imports; NORMAL otherwise"
        }
        for (table, count) in info.rowCounts where table != "audit_events" {
            lines.append((table.replacing("_", with: " "), table == "attempts" ? "\(count) (\(statuses))" : "\(count)"))
        }
        lines.append(("audit events", "\(info.auditEventCount), head \(info.auditHeadHash)"))
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { label, value in label + ":" + String(repeating: " ", count: width - label.count + 1) + value + "\n" }.joined()
    }
}
