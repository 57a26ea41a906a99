import Foundation
import Testing

@Suite("assess spec (end to end)")
struct SpecCommandTests {
    /// Module m1 with objectives O-1 (3 items) and O-2 (4 items), true/false, practice.
    static let bank: String = {
        var lines = ["block: safety", "module: m1", "security: practice", "items:"]
        for (objective, count) in [("O-1", 3), ("O-2", 4)] {
            for n in 1...count {
                lines.append("  - {id: \(objective)-\(n), type: true-false, objective: \(objective), stem: Claim \(objective) \(n)., key: true}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static func post(_ o1: Int, _ o2: Int) -> String {
        """
        id: m1-post
        title: Module 1 post-test
        purpose: module-post
        pool: {modules: [m1]}
        mode: random-form
        form: {length: \(o1 + o2)}
        blueprint:
          - {objective: O-1, count: \(o1)}
          - {objective: O-2, count: \(o2)}
        scoring: {method: number-correct, cut: {percent: 80}}

        """
    }

    @Test("validate passes on the shipped specs and bank")
    func validateShipped() throws {
        let result = try AssessProcess.run(["spec", "validate"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout == "22 specs in 22 files: 0 errors, 0 warnings\n")
    }

    @Test("validate reports every problem as file:line:column and exits 65; a missing folder exits 66")
    func validateReportsProblems() throws {
        let folder = try TemporaryFolder()
        try folder.write("ItemBank/m1.yaml", Self.bank)
        let missing = try AssessProcess.run(["spec", "validate"], in: folder.url)
        #expect(missing.status == 66)
        #expect(missing.stderr == "error: no such file or folder: Scoring\n")
        try folder.write("Scoring/m1-post.yaml", Self.post(4, 2).replacingOccurrences(of: "title:", with: "titel:"))
        let result = try AssessProcess.run(["spec", "validate"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr == """
            Scoring/m1-post.yaml:1:1: error: the test specification has no 'title'
            Scoring/m1-post.yaml:2:1: error: unknown key 'titel' in a test specification; did you mean 'title'?

            """)
        #expect(result.stdout == "0 specs in 1 file: 2 errors, 0 warnings\n")
        try folder.write("Scoring/m1-post.yaml", Self.post(4, 2))
        let infeasible = try AssessProcess.run(["spec", "validate", "--bank", "ItemBank", "Scoring/m1-post.yaml"], in: folder.url)
        #expect(infeasible.status == 65)
        #expect(infeasible.stderr == "Scoring/m1-post.yaml:8:5: error: objective 'O-1' needs 4 items on a 6-item form, but the pool has only 3\n")
        #expect(infeasible.stdout == "1 spec in 1 file: 1 error, 0 warnings\n")
        try folder.write("Scoring/m1-post.yaml", Self.post(3, 3))
        let fixed = try AssessProcess.run(["spec", "validate"], in: folder.url)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stdout == "1 spec in 1 file: 0 errors, 0 warnings\n")
    }

    @Test("list shows each spec's mode, length and pool; json carries the content hash")
    func list() throws {
        let table = try AssessProcess.run(["spec", "list"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "id                                purpose          mode             items  pool            time     file")
        #expect(lines.contains("certification                     certification    adaptive     60–120 +8  342 + 16 pilot  180 min  Scoring/certification.yaml"))
        #expect(lines.contains("self-assessment                   self-assessment  linear              32  32              none     Scoring/self-assessment.yaml"))
        #expect(lines.count == 24)
        let json = try AssessProcess.run(["spec", "list", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let certification = try #require(rows.first { $0["id"] as? String == "certification" })
        #expect(certification["min_items"] as? Int == 60)
        #expect(certification["max_items"] as? Int == 120)
        #expect(certification["pretest_items"] as? Int == 8)
        #expect(certification["pool_scored"] as? Int == 342)
        #expect((certification["content_hash"] as? String)?.count == 64)
        #expect(rows.first { $0["id"] as? String == "self-assessment" }?["time_limit_minutes"] is NSNull)
    }

    @Test("show prints every setting of one spec; an unknown id gets a suggestion and exit 65")
    func show() throws {
        let shown = try AssessProcess.run(["spec", "show", "fnd-casework-post"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("fnd-casework-post: Foundations — Casework: role, values and the case process: post-test\nfile: Scoring/fnd-casework-post.yaml\ncontent hash: "))
        #expect(shown.stdout.contains("\n  FND-CASEWORK-1  3 items      3     7\n"))
        #expect(shown.stdout.contains("\nattempts: at most 3; retake after 7 days; excludes items seen in fnd-casework-pre within 365 days; avoids items seen in earlier attempts within 90 days\n"))
        let unknown = try AssessProcess.run(["spec", "show", "certfication"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr == "error: no test 'certfication' in Scoring; did you mean 'certification'?\n")
    }

    @Test("bank lint reports a module form that cannot meet its blueprint (--specs), and --error-on makes it fail")
    func lintBlueprint() throws {
        let folder = try TemporaryFolder()
        try folder.write("ItemBank/m1.yaml", Self.bank)
        try folder.write("Scoring/m1-post.yaml", Self.post(4, 2))
        let finding = "ItemBank/m1.yaml:5: warning[blueprint-infeasible]: test 'm1-post' (Scoring/m1-post.yaml:8:5): objective 'O-1' needs 4 items on a 6-item form, but the pool has only 3"
        let warned = try AssessProcess.run(["bank", "lint", "--min-items-per-objective", "1"], in: folder.url)
        #expect(warned.status == 0, "\(warned.stderr)")
        #expect(warned.stdout.split(separator: "\n").contains { $0 == finding })
        let failed = try AssessProcess.run(["bank", "lint", "--min-items-per-objective", "1", "--specs", "Scoring", "--error-on", "blueprint-infeasible"], in: folder.url)
        #expect(failed.status == 65)
        #expect(failed.stdout.contains(finding.replacingOccurrences(of: "warning[", with: "error[")))
        try folder.write("Scoring/m1-post.yaml", Self.post(3, 3))
        let passed = try AssessProcess.run(["bank", "lint", "--min-items-per-objective", "1", "--error-on", "blueprint-infeasible"], in: folder.url)
        #expect(passed.status == 0)
        #expect(!passed.stdout.contains("blueprint-infeasible"))
    }
}
