import Foundation
import Testing

/// `assess calibrate` end to end on LSAT-6 (Bock & Lieberman 1970), against the independent
/// MML fit in Tests/Fixtures/psychometrics/lsat.json and ltm's published 2PL estimates.
@Suite("assess calibrate (end to end)")
struct CalibrateCommandTests {
    struct LSAT: Decodable {
        struct Pattern: Decodable {
            var pattern: [Int]
            var frequency: Int
        }
        struct Fit: Decodable {
            var a: [Double]
            var b: [Double]
            var se_b: [Double]
            var loglik: Double
        }
        struct Data: Decodable { var lsat6: [Pattern] }
        struct Fits: Decodable {
            var twoPL: Fit
            enum CodingKeys: String, CodingKey { case twoPL = "2pl" }
        }
        var data: Data
        var mml_lsat6_gauss_hermite_21: Fits
    }

    static func lsat6(into folder: TemporaryFolder) throws -> LSAT {
        let url = AssessProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/psychometrics/lsat.json")
        let lsat = try JSONDecoder().decode(LSAT.self, from: Data(contentsOf: url))
        var csv = "candidate_id,L1,L2,L3,L4,L5\n"
        var next = 1
        for row in lsat.data.lsat6 {
            for _ in 0..<row.frequency {
                csv += "e\(next)," + row.pattern.map(String.init).joined(separator: ",") + "\n"
                next += 1
            }
        }
        try folder.write("lsat6.csv", csv)
        return lsat
    }

    @Test("2PL on LSAT-6 matches the reference MML fit to 1e-6 and ltm's published values to 0.01")
    func lsat6TwoPL() throws {
        let folder = try TemporaryFolder()
        let lsat = try Self.lsat6(into: folder)
        let result = try AssessProcess.run(["calibrate", "--responses", "lsat6.csv", "--model", "2pl"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.first == ["item_id", "model", "a", "b", "c", "se_a", "se_b", "se_c", "D"])
        let rows = Array(lines.dropFirst())
        let reference = lsat.mml_lsat6_gauss_hermite_21.twoPL
        let ltmA = [0.825, 0.723, 0.890, 0.689, 0.657]
        let ltmB = [-3.360, -1.370, -0.280, -1.866, -3.124]
        #expect(rows.count == 5)
        for (index, row) in rows.enumerated() {
            let a = try #require(Double(row[2])), b = try #require(Double(row[3])), seB = try #require(Double(row[6]))
            #expect(abs(a - reference.a[index]) < 1e-6)
            #expect(abs(b - reference.b[index]) < 1e-6)
            #expect(abs(seB - reference.se_b[index]) < 1e-5)
            #expect(abs(a - ltmA[index]) < 0.01)
            #expect(abs(b - ltmB[index]) < 0.01)
            #expect(row[4] == "0.0" && row[7] == "" && row[8] == "1.0")
        }
        #expect(result.stderr.contains("2pl MML-EM converged"))
        #expect(result.stderr.contains("log-likelihood -2466.65"))
    }

    @Test("an item nobody got wrong cannot be calibrated, and the error says which and why")
    func noVariation() throws {
        let folder = try TemporaryFolder()
        try folder.write("r.csv", "candidate_id,Q1,Q2\na,1,1\nb,1,0\nc,1,1\n")
        let result = try AssessProcess.run(["calibrate", "--responses", "r.csv", "--model", "rasch"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(
            "r.csv:1:2: error: item 'Q1' cannot be calibrated: everybody answered it correctly (3 administered); remove its column or add responses\n"))
    }
}
