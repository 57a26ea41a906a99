import Foundation
import Testing

/// `assess simulate` end to end: the shipped certification spec on the shipped bank, and a small
/// study on an external bank CSV.
@Suite("assess simulate (end to end)")
struct SimulateCommandTests {
    static let study = """
        id: study
        title: Study
        purpose: practice
        pool: {security: [secure]}
        mode: adaptive
        adaptive:
          selector: max-info
          estimator: {method: mle, until-mixed: eap}
          stopping: {min-items: 10, max-items: 10}
        blueprint:
          - {block: safety, share: [40%, 60%]}
          - {block: legal-and-courtroom, share: [40%, 60%]}
        scoring: {method: theta, cut: {theta: 0.0}}

        """

    /// 60 items alternating between the two areas, a from 0.7 to 1.88, b from −2.1 to 2.03.
    static let bankCSV: String = {
        var lines = ["item_id,a,b,c,content_area"]
        for i in 0..<60 {
            let area = i % 2 == 0 ? "safety" : "legal-and-courtroom"
            lines.append("X\(i),\(0.7 + Double(i % 7) * 0.2),\(-2.1 + Double(i) * 0.07),0.2,\(area)")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static func runStudy(_ extra: [String], bank: String = bankCSV) throws -> (AssessProcess.Result, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try folder.write("study.yaml", Self.study)
        try folder.write("bank.csv", bank)
        let result = try AssessProcess.run(["simulate", "--test", "study.yaml", "--bank-csv", "bank.csv"] + extra, in: folder.url)
        return (result, folder)
    }

    /// The value of `statistic` (with `scope`) in a summary CSV.
    static func value(_ csv: String, _ statistic: String, scope: String = "") -> String? {
        for line in csv.split(separator: "\n") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if fields.count == 3, fields[0] == statistic, fields[1] == scope { return fields[2] }
        }
        return nil
    }

    @Test("the shipped certification spec simulates with every test meeting the blueprint")
    func certification() throws {
        let result = try AssessProcess.run(["simulate", "--test", "certification", "--examinees", "100", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("statistic,scope,value\ntest,,certification\nexaminees,,100\nseed,,1\n"))
        #expect(Self.value(result.stdout, "blueprint_met_share") == "1.0")
        #expect(Self.value(result.stdout, "blueprint_met") == "100")
        #expect(Self.value(result.stdout, "operational_items") == "342")
        let minimum = try #require(Self.value(result.stdout, "length_min").flatMap(Int.init))
        let maximum = try #require(Self.value(result.stdout, "length_max").flatMap(Int.init))
        #expect(minimum >= 60 && maximum <= 120)
        let accuracy = try #require(Self.value(result.stdout, "classification_accuracy").flatMap(Double.init))
        #expect(accuracy > 0.85)
    }

    @Test("the same seed gives the same report, another seed another")
    func determinism() throws {
        let arguments = ["simulate", "--test", "certification", "--examinees", "40", "--format", "csv", "--seed", "7"]
        let first = try AssessProcess.run(arguments)
        let second = try AssessProcess.run(arguments)
        let other = try AssessProcess.run(Array(arguments.dropLast()) + ["8"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.stdout != other.stdout)
    }

    @Test("a study on a bank CSV: table for people, per-examinee file, JSON")
    func bankCSV() throws {
        let (table, _) = try Self.runStudy(["--examinees", "50"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Simulation of study: 50 examinees, θ ~ N(0, 1²), seed 1")
        #expect(lines[1] == "Design: max-info, MLE (EAP until mixed), 10 items, cut θ = 0")
        #expect(lines.contains("Length          mean 10.0   SD 0.0   min 10   max 10"))
        #expect(lines.contains("Stop reasons    maximum-length 50 (100.0%)"))
        #expect(lines.contains("Blueprint       100.0% of tests meet it (50 of 50)"))

        let (json, folder) = try Self.runStudy([
            "--examinees", "12", "--format", "json", "--per-examinee", "people.csv", "--theta-grid", "-2:2:1",
        ])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["examinees"] as? Int == 12)
        #expect((object["blueprint"] as? [String: Any])?["met"] as? Int == 12)
        let people = try String(contentsOf: folder.url.appendingPathComponent("people.csv"), encoding: .utf8)
        let rows = people.split(separator: "\n").map(String.init)
        #expect(rows[0] == "examinee,true_theta,theta,se,length,stop_reason,decision")
        #expect(rows.count == 13)
        #expect(rows[1].hasPrefix("1,-2.0,"))
        #expect(rows[3].hasPrefix("3,0.0,"))
        #expect(rows[6].hasPrefix("6,-2.0,"))
        #expect(rows[1].hasSuffix(",10,maximum-length,fail"))
    }

    @Test("overrides change the design for the study")
    func overrides() throws {
        let (result, _) = try Self.runStudy([
            "--examinees", "30", "--selector", "kl", "--estimator", "eap", "--min-items", "6", "--max-items", "12",
            "--se-stop", "0.5", "--cut", "-0.5",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Design: kl, EAP (EAP until mixed), 6–12 items, stop on SE ≤ 0.5, cut θ = -0.5\n"))
    }

    struct Usage: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usageErrors: [Usage] = [
        Usage(arguments: ["--examinees", "0"], message: "Error: --examinees must be between 1 and 1000000"),
        Usage(arguments: ["--theta-sd", "0"], message: "Error: --theta-sd must be a positive number"),
        Usage(
            arguments: ["--theta-grid", "-1:1:0.5", "--theta-mean", "1"],
            message: "Error: --theta-grid cannot be combined with --theta-mean or --theta-sd"),
        Usage(
            arguments: ["--theta-grid", "3:1:0.5"],
            message: "Error: --theta-grid must be LO:HI:STEP with LO ≤ HI, STEP > 0 and at most 10001 points, e.g. -3:3:0.5"),
        Usage(arguments: ["--max-items", "0"], message: "Error: --max-items must be at least 1"),
        Usage(arguments: ["--examinees", "-5"], message: "Error: --examinees must be between 1 and 1000000"),
        Usage(
            arguments: ["--min-items", "12", "--max-items", "8"],
            message: "Error: --min-items (12) must not exceed --max-items (8)"),
        Usage(arguments: ["--max-items", "5"], message: "Error: --max-items 5 is below the test's min-items 10; give --min-items too"),
        Usage(arguments: ["--se-stop", "-1"], message: "Error: --se-stop must be a positive number"),
        Usage(arguments: ["--cut", "nan"], message: "Error: --cut must be a number"),
        Usage(arguments: ["--selector", "best"], message: "Error: The value 'best' is invalid for '--selector <selector>'. Please provide one of 'max-info', 'kl' or 'a-stratified'."),
        Usage(
            arguments: ["--derive-sympson-hetter", "1.5", "--sympson-hetter-file", "k.csv"],
            message: "Error: --derive-sympson-hetter must be a rate above 0 and at most 1, e.g. 0.3"),
        Usage(
            arguments: ["--derive-sympson-hetter", "0.3"],
            message: "Error: --derive-sympson-hetter needs --sympson-hetter-file FILE.csv to write to"),
    ]

    @Test("bad values are usage errors with the reason", arguments: usageErrors)
    func usage(_ example: Usage) throws {
        let (result, _) = try Self.runStudy(example.arguments)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(example.message + "\n"), "\(result.stderr)")
    }

    @Test("a test that is not adaptive is a usage error")
    func notAdaptive() throws {
        let result = try AssessProcess.run(["simulate", "--test", "fnd-casework-post"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "Error: --test fnd-casework-post is a random-form test; simulate runs adaptive tests\nUsage: assess simulate"))
    }

    @Test("bad bank CSV rows are located, and nothing is simulated")
    func badBankCSV() throws {
        let bank = """
            item_id,a,b,c,content_area
            A,1,0,0.2,safety
            B,-1,0,0.2,safty
            A,1,x,0.2,safety
            C,1,0,1,safety

            """
        let (result, _) = try Self.runStudy(["--examinees", "5"], bank: bank)
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                bank.csv:3:2: error: a of item 'B' must be a positive number, not '-1'
                bank.csv:3:5: error: content area 'safty' of item 'B' is not in the spec's blueprint (safety, legal-and-courtroom); did you mean 'safety'?
                bank.csv:4:1: error: item 'A' appears again (first on row 2)
                bank.csv:5:4: error: c of item 'C' must be a number from 0 up to (not including) 1, not '1'
                4 errors, 0 warnings; nothing was changed

                """)
        let (header, _) = try Self.runStudy([], bank: "item_id,a,b,c\nA,1,0,0\n")
        #expect(header.status == 65)
        #expect(header.stderr.hasPrefix("bank.csv:1:1: error: the header has no 'content_area' column\n"))
    }

    @Test("a design the bank cannot supply is a data error naming the reason")
    func infeasibleDesign() throws {
        let (result, _) = try Self.runStudy(["--min-items", "1", "--max-items", "1"])
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "error: the blueprint cannot be met by a test of 1 items: its minimum counts add up to 2, its maximum counts to 0\n")
    }

    @Test("--derive-sympson-hetter writes item_id,k for every scored item and reports the iterations")
    func deriveSympsonHetter() throws {
        let (result, folder) = try Self.runStudy([
            "--examinees", "100", "--derive-sympson-hetter", "0.5", "--sympson-hetter-file", "k.csv",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("iteration,max_exposure,max_selection\n1,1.0,1.0\n"))
        let table = try String(contentsOf: folder.url.appendingPathComponent("k.csv"), encoding: .utf8)
        let rows = table.split(separator: "\n").map(String.init)
        #expect(rows[0] == "item_id,k")
        #expect(rows.count == 61)
        #expect(result.stderr.hasPrefix("k.csv: 60 items; "))
    }
}
