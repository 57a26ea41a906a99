import Foundation
import Testing

/// The fixed clock of these tests (`ASSESS_NOW`).
let recordsEnvironment = ["ASSESS_NOW": "2026-03-02T09:00:00Z"]

@Suite("assess candidates (end to end)")
struct CandidatesCommandTests {
    @Test("add, list and show a candidate; the database is ./assess.sqlite unless ASSESS_DB or --db says otherwise")
    func addListShow() throws {
        let folder = try TemporaryFolder()
        let added = try AssessProcess.run(
            ["candidates", "add", "W-1001", "--name", "Ada O'Brien", "--role", "new-worker", "--agency", "Metro", "--region", "North",
             "--hire-date", "2026-01-15"],
            in: folder.url, environment: recordsEnvironment)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "registered candidate W-1001\n")
        #expect(folder.files().contains("assess.sqlite"))

        let list = try AssessProcess.run(["candidates", "list"], in: folder.url)
        #expect(list.stdout == """
            worker id  name         role        agency  county  region  cohort  hire date
            ---------  -----------  ----------  ------  ------  ------  ------  ----------
            W-1001     Ada O'Brien  new-worker  Metro           North           2026-01-15

            """)
        let show = try AssessProcess.run(["candidates", "show", "W-1001"], in: folder.url)
        #expect(show.stdout == """
            worker id   W-1001
            name        Ada O'Brien
            role        new-worker
            agency      Metro
            county
            region      North
            cohort
            hire date   2026-01-15
            registered  2026-03-02T09:00:00.000Z

            attempts: 0

            ratings: 0

            """)
        let elsewhere = try AssessProcess.run(["candidates", "list", "--format", "csv"], in: folder.url, environment: ["ASSESS_DB": "other.sqlite"])
        #expect(elsewhere.status == 66)
        #expect(elsewhere.stderr == "error: no database at other.sqlite (commands that write create it: candidates add, candidates import, import-results)\n")
        let explicit = try AssessProcess.run(
            ["candidates", "list", "--format", "csv", "--db", folder.url.appendingPathComponent("assess.sqlite").path])
        #expect(explicit.stdout == "worker_id,name,role,agency,county,region,cohort,hire_date\nW-1001,Ada O'Brien,new-worker,Metro,,North,,2026-01-15\n")
    }

    @Test("errors hide worker ids unless ASSESS_SHOW_CANDIDATE_DATA=1")
    func hiddenData() throws {
        let folder = try TemporaryFolder()
        _ = try AssessProcess.run(["candidates", "add", "W-7", "--name", "A", "--role", "incumbent"], in: folder.url)
        let again = try AssessProcess.run(["candidates", "add", "W-7", "--name", "B", "--role", "incumbent"], in: folder.url)
        #expect(again.status == 65)
        #expect(again.stderr == "error: a candidate with worker id ‹hidden› is already registered\n")
        let revealed = try AssessProcess.run(
            ["candidates", "show", "W-8"], in: folder.url, environment: ["ASSESS_SHOW_CANDIDATE_DATA": "1"])
        #expect(revealed.status == 65)
        #expect(revealed.stderr == "error: no candidate with worker id 'W-8'\n")
    }

    @Test("import writes nothing when any row is bad, and lists every problem as file:row:column")
    func importAllOrNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("people.csv", """
            worker_id,name,role,region,hire_date
            W-1,Ada,new-worker,North,2026-01-15
            W-2,Bo,supervisor,South,
            ,Cy,incumbent,,
            W-1,Di,incumbent,,2026-13-01

            """)
        let failed = try AssessProcess.run(["candidates", "import", "people.csv"], in: folder.url)
        #expect(failed.status == 65)
        #expect(failed.stderr == """
            people.csv:3:3: error: 'role' must be new-worker or incumbent, not 'supervisor'
            people.csv:4:1: error: the row has no worker_id
            people.csv:5:1: error: the worker id appears again (first on row 2)
            people.csv:5:5: error: 'hire_date' must be a date written YYYY-MM-DD, not '2026-13-01'
            4 errors, 0 warnings; nothing was changed

            """)
        #expect(!folder.files().contains("assess.sqlite"))

        try folder.write("people.csv", "worker_id,name,role\nW-1,Ada,new-worker\nW-2,\"Bo, the second\",incumbent\n")
        let imported = try AssessProcess.run(["candidates", "import", "people.csv"], in: folder.url)
        #expect(imported.stdout == "imported 2 candidates from people.csv\n")
        let again = try AssessProcess.run(["candidates", "import", "people.csv"], in: folder.url)
        #expect(again.status == 65)
        #expect(again.stderr == """
            people.csv:2:1: error: a candidate with this worker id is already registered
            people.csv:3:1: error: a candidate with this worker id is already registered
            2 errors, 0 warnings; nothing was changed

            """)
        let missing = try AssessProcess.run(["candidates", "import", "nobody.csv"], in: folder.url)
        #expect(missing.status == 66)
        #expect(missing.stderr == "error: no such file or folder: nobody.csv\n")
    }

    static let hostile = [
        #"O'Brien "the \"quoted\" one""#,
        "Robert'); DROP TABLE candidates;--",
        "tab\there, newline\nthere, bell\u{7}, escape \u{1B}[31mred\u{1B}[0m",
        "right-to-left \u{202E}txet",
        String(repeating: "long ✓ ", count: 12_500),
    ]

    @Test("hostile names and ids are stored verbatim: CSV and JSON give them back byte for byte, the table escapes what would act on the terminal")
    func hostileText() throws {
        let folder = try TemporaryFolder()
        for (index, text) in Self.hostile.enumerated() {
            let added = try AssessProcess.run(["candidates", "add", "\(index)-" + text, "--name", text, "--role", "incumbent"], in: folder.url)
            #expect(added.status == 0, "\(added.stderr)")
        }
        let json = try AssessProcess.run(["candidates", "list", "--format", "json"], in: folder.url)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]]
        #expect(decoded?.map { $0["name"] } == Self.hostile)
        #expect(decoded?.map { $0["worker_id"] } == Self.hostile.enumerated().map { "\($0)-\($1)" })

        let csv = try AssessProcess.run(["candidates", "list", "--format", "csv"], in: folder.url)
        #expect(csv.stdout.contains("\"tab\there, newline\nthere, bell\u{7}, escape \u{1B}[31mred\u{1B}[0m\""))
        #expect(csv.stdout.contains(#""O'Brien ""the \""quoted\"" one"""#))

        let table = try AssessProcess.run(["candidates", "list"], in: folder.url)
        #expect(!table.stdout.contains("\u{1B}"))
        #expect(!table.stdout.contains("\u{202E}"))
        #expect(table.stdout.contains(#"tab\there, newline\nthere, bell\u{7}, escape \u{1B}[31mred\u{1B}[0m"#))
        #expect(table.stdout.contains(#"right-to-left \u{202E}txet"#))
        #expect(table.stdout.contains("Robert'); DROP TABLE candidates;--"))
        #expect(table.stdout.contains(Self.hostile[4]))

        let show = try AssessProcess.run(["candidates", "show", "1-" + Self.hostile[1], "--format", "json"], in: folder.url)
        #expect(show.stdout.contains(#""name" : "Robert'); DROP TABLE candidates;--""#))
        let check = try AssessProcess.run(["db", "check"], in: folder.url)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test("--pseudonymize replaces worker ids with SHA-256(salt ‖ id) and leaves names out")
    func pseudonyms() throws {
        let folder = try TemporaryFolder()
        _ = try AssessProcess.run(["candidates", "add", "W-1", "--name", "Ada", "--role", "incumbent", "--region", "North"], in: folder.url)
        let salt = try Shell.run("/usr/bin/sqlite3", [folder.url.appendingPathComponent("assess.sqlite").path, "SELECT value FROM store_settings"])
        let digest = try Shell.run("/bin/sh", ["-c", "printf '%sW-1' \"$1\" | sha256sum", "sh", salt.trimmingCharacters(in: .newlines)])
        let pseudonym = "P-" + digest.prefix(16)
        let csv = try AssessProcess.run(["candidates", "list", "--format", "csv", "--pseudonymize"], in: folder.url)
        #expect(csv.stdout == "pseudonym,role,agency,county,region,cohort,hire_date\n\(pseudonym),incumbent,,,North,,\n")
        let again = try AssessProcess.run(["candidates", "show", "W-1", "--pseudonymize"], in: folder.url)
        #expect(again.stdout.hasPrefix("pseudonym   \(pseudonym)\nrole        incumbent\n"))
        #expect(!again.stdout.contains("Ada"))
    }
}

enum Shell {
    /// Runs a program and returns its standard output.
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
