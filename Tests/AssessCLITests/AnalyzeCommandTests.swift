import Foundation
import Testing

/// `assess analyze` end to end, against the independently computed classical fixture
/// (Tools/reference/psychometrics_reference.py → Tests/Fixtures/psychometrics/classical_item_analysis.json).
@Suite("assess analyze (end to end)")
struct AnalyzeCommandTests {
    struct Fixture: Decodable {
        struct Data: Decodable {
            var key: [String]
            var responses: [[String?]]
        }
        struct Item: Decodable {
            var n: Int
            var p_value: Double
            var point_biserial: Double
            var point_biserial_corrected: Double
            var biserial: Double
            var discrimination_upper_lower: Double
            var alpha_if_deleted: Double
        }
        struct Test: Decodable {
            var cronbach_alpha: Double
            var mean: Double
            var sd_sample: Double
        }
        var data: Data
        var items: [Item]
        var test: Test
    }

    static func fixture() throws -> Fixture {
        let url = AssessProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/psychometrics/classical_item_analysis.json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    static func write(_ fixture: Fixture, into folder: TemporaryFolder) throws {
        let ids = (1...fixture.data.key.count).map { "Q\($0)" }
        var raw = "candidate_id," + ids.joined(separator: ",") + "\n"
        for (row, answers) in fixture.data.responses.enumerated() {
            raw += "c\(row + 1)," + answers.map { $0 ?? "" }.joined(separator: ",") + "\n"
        }
        try folder.write("raw.csv", raw)
        try folder.write("key.csv", "item_id,key\n" + zip(ids, fixture.data.key).map { "\($0),\($1)" }.joined(separator: "\n") + "\n")
    }

    static func rows(_ csv: String) -> [[String: String]] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test("per-item statistics match the reference to 1e-12, at full precision")
    func items() throws {
        let fixture = try Self.fixture()
        let folder = try TemporaryFolder()
        try Self.write(fixture, into: folder)
        let result = try AssessProcess.run(["analyze", "--responses", "raw.csv", "--key", "key.csv"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(
            "item_id,n,n_omitted,p_value,sd,sd_sample,point_biserial,corrected_point_biserial,biserial,corrected_biserial,upper_p,lower_p,discrimination_27,alpha_if_deleted\n"))
        let rows = Self.rows(result.stdout)
        #expect(rows.count == fixture.items.count)
        for (row, expected) in zip(rows, fixture.items) {
            #expect(row["n"] == String(expected.n))
            for (column, value) in [
                ("p_value", expected.p_value), ("point_biserial", expected.point_biserial),
                ("corrected_point_biserial", expected.point_biserial_corrected), ("biserial", expected.biserial),
                ("discrimination_27", expected.discrimination_upper_lower), ("alpha_if_deleted", expected.alpha_if_deleted),
            ] {
                let printed = try #require(row[column].flatMap(Double.init), "\(column)")
                #expect(abs(printed - value) < 1e-12, "\(column)")
            }
        }
    }

    @Test("--summary prints the test statistics; --options one row per option")
    func summaryAndOptions() throws {
        let fixture = try Self.fixture()
        let folder = try TemporaryFolder()
        try Self.write(fixture, into: folder)
        let summary = try AssessProcess.run(["analyze", "--responses", "raw.csv", "--key", "key.csv", "--summary"], in: folder.url)
        let values = Dictionary(uniqueKeysWithValues: Self.rows(summary.stdout).map { ($0["statistic"] ?? "", Double($0["value"] ?? "") ?? .nan) })
        #expect(abs((values["alpha"] ?? 0) - fixture.test.cronbach_alpha) < 1e-12)
        #expect(abs((values["mean"] ?? 0) - fixture.test.mean) < 1e-12)
        #expect(abs((values["sd_sample"] ?? 0) - fixture.test.sd_sample) < 1e-12)
        let options = try AssessProcess.run(["analyze", "--responses", "raw.csv", "--key", "key.csv", "--options"], in: folder.url)
        #expect(options.stdout.hasPrefix("item_id,option,is_key,n,proportion,point_biserial\nQ1,A,0,"))
    }

    @Test("bad cells and unknown items are located; nothing is printed to stdout", arguments: [
        ("candidate_id,Q1,Q2\nc1,A,AB\n", "item_id,key\nQ1,A\nQ2,B\n", "raw.csv:2:3: error: item 'Q2' for candidate 'c1' must be one letter A–H or empty, not 'AB'"),
        ("candidate_id,Q1,Q9\nc1,A,B\n", "item_id,key\nQ1,A\n", "raw.csv:1:3: error: item 'Q9' has no key (it is not in the key file or is not a single-key item of the bank)"),
        ("candidate_id,Q1\nc1,A\n", "item_id,key\nQ1,7\n", "key.csv:2:2: error: the key of item 'Q1' must be one letter A–H, not '7'"),
    ])
    func badInput(raw: String, key: String, message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("raw.csv", raw)
        try folder.write("key.csv", key)
        let result = try AssessProcess.run(["analyze", "--responses", "raw.csv", "--key", "key.csv"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(message + "\n"))
    }
}
