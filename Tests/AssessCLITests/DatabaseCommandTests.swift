import Foundation
import Testing

@Suite("assess db and assess audit (end to end)")
struct DatabaseCommandTests {
    /// A folder with a database holding two candidates and an imported paper test.
    static func populated() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("paper.csv", "candidate_id,CERT-SAF-001,CERT-SAF-002,CERT-SAF-003\nW-1,B,A,\nW-2,C,D,A\n")
        let imported = try AssessProcess.run(
            ["import-results", "paper.csv", "--test", "CERT-2025", "--bank", AssessProcess.repositoryRoot.appendingPathComponent("ItemBank").path,
             "--create-candidates", "--date", "2025-11-03"],
            in: folder.url, environment: recordsEnvironment)
        #expect(imported.status == 0, "\(imported.stderr)")
        return folder
    }

    @Test("info shows the path, the schema version, the journal mode and the counts")
    func info() throws {
        let folder = try Self.populated()
        let info = try AssessProcess.run(["db", "info"], in: folder.url)
        #expect(info.status == 0)
        let lines = info.stdout.split(separator: "\n").filter { !$0.hasPrefix("size:") && !$0.hasPrefix("audit events:") }
        #expect(lines.joined(separator: "\n") == """
            database:          assess.sqlite
            schema version:    2 (migrations v1, v2)
            journal mode:      wal
            durability:        synchronous=FULL for every write (certification work always FULL)
            busy timeout:      5 s
            candidates:        2
            attempts:          2 (in-progress 0, paused 0, completed 2, expired 0, voided 0)
            responses:         5
            results:           2
            key changes:       0
            ratings:           0
            response rescores: 0
            """)
        #expect(info.stdout.contains("audit events:      11, head "))
        let missing = try AssessProcess.run(["db", "info", "--db", "nothing.sqlite"], in: folder.url)
        #expect(missing.status == 66)
        #expect(!folder.files().contains("nothing.sqlite"))
    }

    @Test("check and audit verify pass on an untouched database")
    func intact() throws {
        let folder = try Self.populated()
        let check = try AssessProcess.run(["db", "check"], in: folder.url)
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("integrity: ok\naudit chain: intact, 11 events, head "))
        let verify = try AssessProcess.run(["audit", "verify"], in: folder.url)
        #expect(verify.status == 0)
        #expect(verify.stdout.hasPrefix("audit chain intact: 11 events, head "))
    }

    static let tampering = [
        (
            "DROP TRIGGER responses_no_update; UPDATE responses SET scored_value = 1.0, raw_answer = 'B' WHERE id = 4",
            "error: audit chain broken: responses row 4 was changed after audit event 9 recorded it\n"
        ),
        (
            "DROP TRIGGER results_no_update; UPDATE results SET raw_score = 3.0, percent = 100.0 WHERE id = 2",
            "error: audit chain broken: results row 2 was changed after audit event 11 recorded it\n"
        ),
    ]

    @Test("a response or a result changed with the sqlite3 shell fails verification, which names the row", arguments: tampering)
    func tampered(sql: String, message: String) throws {
        let folder = try Self.populated()
        _ = try Shell.run("/usr/bin/sqlite3", [folder.url.appendingPathComponent("assess.sqlite").path, sql])
        let verify = try AssessProcess.run(["audit", "verify"], in: folder.url)
        #expect(verify.status == 65)
        #expect(verify.stderr == message)
        let check = try AssessProcess.run(["db", "check"], in: folder.url)
        #expect(check.status == 65)
        #expect(check.stdout == "integrity: ok\n")
        #expect(check.stderr == message)
    }

    @Test("audit verify --all lists every finding after the first")
    func allFindings() throws {
        let folder = try Self.populated()
        _ = try Shell.run(
            "/usr/bin/sqlite3",
            [folder.url.appendingPathComponent("assess.sqlite").path, "UPDATE candidates SET display_name = 'X'; UPDATE attempts SET status = 'voided' WHERE id = 2"])
        let short = try AssessProcess.run(["audit", "verify"], in: folder.url)
        #expect(short.stderr == """
            error: audit chain broken: candidates row 1 was changed after audit event 1 recorded it
            note: 2 further findings; --all lists them

            """)
        let all = try AssessProcess.run(["audit", "verify", "--all"], in: folder.url)
        #expect(all.stderr == """
            error: audit chain broken: candidates row 1 was changed after audit event 1 recorded it
            note: also: candidates row 2 was changed after audit event 2 recorded it
            note: also: attempts row 2 was changed after audit event 7 recorded it

            """)
    }

    @Test("backup writes a verifiable copy and refuses to overwrite one")
    func backup() throws {
        let folder = try Self.populated()
        let backup = try AssessProcess.run(["db", "backup", "copy.sqlite"], in: folder.url)
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.hasPrefix("backed up assess.sqlite to copy.sqlite: schema version 2, 11 audit events, head "))
        let check = try AssessProcess.run(["db", "check", "--db", "copy.sqlite"], in: folder.url)
        #expect(check.status == 0)
        let again = try AssessProcess.run(["db", "backup", "copy.sqlite"], in: folder.url)
        #expect(again.status == 73)
        #expect(again.stderr == "error: copy.sqlite already exists; nothing was written (use --replace to overwrite)\n")
        #expect(try AssessProcess.run(["db", "backup", "copy.sqlite", "--replace"], in: folder.url).status == 0)
    }

    @Test("a write still blocked after the busy timeout exits 75 with a clear message, never 'database is locked'")
    func busy() throws {
        let folder = try Self.populated()
        let path = folder.url.appendingPathComponent("assess.sqlite").path
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [path]
        let input = Pipe(), output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        try holder.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'locked';\n".utf8))
        _ = output.fileHandleForReading.availableData
        let blocked = try AssessProcess.run(
            ["candidates", "add", "W-3", "--name", "Cy", "--role", "incumbent", "--busy-timeout", "0.2"], in: folder.url)
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        #expect(blocked.status == 75)
        #expect(blocked.stderr == "error: the database assess.sqlite is busy: another process has been writing to it for more than 0.2 s; nothing was changed, try again (or raise --busy-timeout)\n")
        #expect(!blocked.stderr.contains("locked"))
        let later = try AssessProcess.run(["candidates", "add", "W-3", "--name", "Cy", "--role", "incumbent"], in: folder.url)
        #expect(later.status == 0)
    }
}
