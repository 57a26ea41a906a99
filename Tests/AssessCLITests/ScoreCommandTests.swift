import Foundation
import Testing

/// `assess score` end to end, against catR's published values (Magis & Raîche 2012; the
/// case of the psychometrics issue): 2PL items (a, b) = (1.0, −1), (1.2, 0), (0.8, 1), responses
/// 1, 0, 1.
@Suite("assess score (end to end)")
struct ScoreCommandTests {
    static let bank = """
        block: safety
        module: m
        items:
          - {id: I1, type: true-false, stem: One., key: true, irt: {model: 2pl, a: 1.0, b: -1}}
          - {id: I2, type: true-false, stem: Two., key: true, irt: {model: 2pl, a: 1.2, b: 0}}
          - {id: I3, type: true-false, stem: Three., key: true, irt: {model: 2pl, a: 0.8, b: 1}}
          - {id: R1, type: rating, stem: I can., scale: {points: 3}}
        """

    static func run(_ estimator: String, responses: String = "candidate_id,I1,I2,I3\nw1,1,0,1\n", extra: [String] = []) throws -> AssessProcess.Result {
        let folder = try TemporaryFolder()
        try folder.write("bank/b.yaml", Self.bank)
        try folder.write("r.csv", responses)
        return try AssessProcess.run(["score", "--bank", "bank", "--responses", "r.csv", "--estimator", estimator] + extra, in: folder.url)
    }

    static func fields(_ result: AssessProcess.Result) -> [String] {
        result.stdout.split(separator: "\n").dropFirst().first.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
    }

    @Test("θ and SE match catR", arguments: [
        ("mle", 0.3248462, nil as Double?), ("map", 0.1307695, 0.7705124), ("eap", 0.1446946, nil),
    ])
    func catR(estimator: String, theta: Double, standardError: Double?) throws {
        let result = try Self.run(estimator)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("candidate_id,raw,n,theta,se,estimator,note,D\nw1,2,3,"))
        let row = Self.fields(result)
        let printed = try #require(Double(row[3]))
        #expect(abs(printed - theta) < 1e-6)
        if let standardError { #expect(abs((Double(row[4]) ?? 0) - standardError) < 1e-6) }
        #expect(row[7] == "1")
    }

    @Test("an all-correct pattern under MLE is at the bound and says so; an empty row has no θ")
    func extremes() throws {
        let result = try Self.run("mle", responses: "candidate_id,I1,I2,I3\nall,1,1,1\nnone,,,\n")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1].hasPrefix("all,3,3,4.0,"))
        #expect(lines[1].hasSuffix(",MLE,extreme-pattern-at-bound,1"))
        #expect(lines[2] == "none,0,0,,,MLE,no-responses,1")
        #expect(!result.stdout.contains("nan"))
    }

    @Test("bad files are located and print nothing", arguments: [
        ("candidate_id,I1,I9\nw1,1,0\n", "r.csv:1:3: error: item 'I9' is not in the bank; did you mean 'I1'?"),
        ("candidate_id,I1,R1\nw1,1,0\n", "r.csv:1:3: error: item 'R1' has no dichotomous IRT parameters (rasch, 2pl or 3pl) in the bank"),
        ("candidate_id,I1\nw1,x\n", "r.csv:2:2: error: item 'I1' for candidate 'w1' must be 1, 0 or empty, not 'x'"),
    ])
    func badInput(responses: String, message: String) throws {
        let result = try Self.run("eap", responses: responses)
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(message + "\n"))
    }

    @Test("a malformed --range is a usage error")
    func badRange() throws {
        let result = try Self.run("eap", extra: ["--range", "4,-4"])
        #expect(result.status == 64)
    }
}

@Suite("analysis commands on the shipped bank")
struct ShippedBankAnalysisTests {
    @Test("score reads the certification pool's provisional 3PL parameters")
    func scoreShipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("r.csv", "candidate_id,CERT-SAF-020,CERT-SAF-021,CERT-LEG-001,CERT-FND-002\nw1,1,0,1,\nw2,0,0,0,0\n")
        let bank = AssessProcess.repositoryRoot.appendingPathComponent("ItemBank").path
        let result = try AssessProcess.run(["score", "--bank", bank, "--responses", "r.csv", "--estimator", "map"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("w1,2,3,"))
        #expect(lines[2].hasPrefix("w2,0,4,-"))
    }

    @Test("analyze takes keys from the bank; an item nobody missed gets empty correlations, never NaN")
    func analyzeShipped() throws {
        let folder = try TemporaryFolder()
        // EX-001 is keyed B and EX-004 is keyed B in the example bank.
        try folder.write("raw.csv", "candidate_id,EX-001,EX-004\nw1,B,B\nw2,B,A\nw3,B,C\nw4,B,B\n")
        let bank = AssessProcess.repositoryRoot.appendingPathComponent("ItemBank").path
        let result = try AssessProcess.run(["analyze", "--bank", bank, "--responses", "raw.csv"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.lowercased().contains("nan"))
        let first = result.stdout.split(separator: "\n")[1]
        #expect(first.hasPrefix("EX-001,4,0,1.0,0.0,0.0,,,"))
    }
}
