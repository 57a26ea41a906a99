import Foundation
import Testing

@Suite("assess import-results (end to end)")
struct ImportResultsCommandTests {
    static let bank = AssessProcess.repositoryRoot.appendingPathComponent("ItemBank").path

    @Test("each row becomes a completed, scored attempt the candidate's record shows")
    func imports() throws {
        let folder = try TemporaryFolder()
        _ = try AssessProcess.run(["candidates", "add", "W-1", "--name", "Ada", "--role", "incumbent"], in: folder.url, environment: recordsEnvironment)
        try folder.write("paper.csv", "candidate_id,CERT-SAF-001,CERT-SAF-002,CERT-SAF-003\nW-1,B,a,\n")
        let imported = try AssessProcess.run(
            ["import-results", "paper.csv", "--test", "CERT-2025", "--bank", Self.bank, "--date", "2025-11-03"], in: folder.url,
            environment: recordsEnvironment)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "imported 1 attempts with 2 responses from paper.csv as CERT-2025\n")
        let show = try AssessProcess.run(["candidates", "show", "W-1", "--format", "json"], in: folder.url)
        let profile = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        let attempt = (profile?["attempts"] as? [[String: Any]])?.first
        #expect(attempt?["status"] as? String == "completed")
        #expect(attempt?["mode"] as? String == "paper")
        #expect(attempt?["started"] as? String == "2025-11-03T00:00:00.000Z")
        #expect((attempt?["result"] as? [String: Any])?["maximum"] as? Double == 2)
        let hashes = try Shell.run(
            "/usr/bin/sqlite3", [folder.url.appendingPathComponent("assess.sqlite").path, "SELECT item_id, length(item_hash) FROM responses"])
        #expect(hashes == "CERT-SAF-001|64\nCERT-SAF-002|64\n")
    }

    @Test("one bad row and nothing is written; every bad row is listed as file:row:column")
    func allOrNothing() throws {
        let folder = try TemporaryFolder()
        _ = try AssessProcess.run(["candidates", "add", "W-1", "--name", "Ada", "--role", "incumbent"], in: folder.url)
        try folder.write("paper.csv", """
            candidate_id,CERT-SAF-001,CERT-SAF-999,CERT-SAF-003
            W-1,Z,,B
            W-404,C,,AB
            W-2,b,,c

            """)
        let failed = try AssessProcess.run(["import-results", "paper.csv", "--test", "T", "--bank", Self.bank], in: folder.url)
        #expect(failed.status == 65)
        #expect(failed.stderr == """
            paper.csv:1:3: error: no item 'CERT-SAF-999' in the bank
            paper.csv:2:2: error: 'Z' is not an option of item 'CERT-SAF-001' (A–D)
            paper.csv:3:1: error: no candidate with this worker id (register it first, or use --create-candidates)
            paper.csv:3:4: error: item 'CERT-SAF-003' takes one letter, not 'AB'
            paper.csv:4:1: error: no candidate with this worker id (register it first, or use --create-candidates)
            5 errors, 0 warnings; nothing was changed

            """)
        let info = try AssessProcess.run(["db", "info"], in: folder.url)
        #expect(info.stdout.contains("attempts:          0 ("))
        #expect(info.stdout.contains("responses:         0\n"))

        try folder.write("paper.csv", "candidate_id,CERT-SAF-001\nW-1,B\nW-404,C\n")
        let created = try AssessProcess.run(
            ["import-results", "paper.csv", "--test", "T", "--bank", Self.bank, "--create-candidates", "--role", "incumbent"], in: folder.url)
        #expect(created.stdout == "imported 2 attempts with 2 responses from paper.csv as T; registered 1 new candidates\n")
    }

    @Test("a missing file exits 66, a malformed one 65 with its location")
    func badFiles() throws {
        let folder = try TemporaryFolder()
        let missing = try AssessProcess.run(["import-results", "none.csv", "--test", "T", "--bank", Self.bank], in: folder.url)
        #expect(missing.status == 66)
        try folder.write("paper.csv", "worker,CERT-SAF-001\nW-1,B\n")
        let malformed = try AssessProcess.run(["import-results", "paper.csv", "--test", "T", "--bank", Self.bank], in: folder.url)
        #expect(malformed.status == 65)
        #expect(malformed.stderr == "paper.csv:1:1: error: the first column must be 'candidate_id', not 'worker'\n1 error, 0 warnings; nothing was changed\n")
    }
}
