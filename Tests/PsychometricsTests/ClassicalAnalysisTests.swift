import AssessCore
import Foundation
import Testing

@testable import Psychometrics

@Suite("Classical analysis")
struct ClassicalAnalysisTests {
    static let fixture = ClassicalItemAnalysisFixture.shared

    @Test("upper and lower 27 % groups are the fixture's candidates (stable sort, ties in candidate order)")
    func groupsMatchFixture() throws {
        let analysis = try ClassicalAnalysis(responses: Self.fixture.responseMatrix())
        #expect(analysis.totals == Self.fixture.data.total_scores)
        #expect(analysis.upperGroup.count == Self.fixture.test.upper_lower_group_size)
        #expect(analysis.upperGroup.map { $0 + 1 } == Self.fixture.test.upper_group_candidates)
        #expect(analysis.lowerGroup.map { $0 + 1 } == Self.fixture.test.lower_group_candidates)
    }

    @Test("the counting sort orders by total descending and keeps candidate order within ties")
    func stableOrder() {
        let totals = [2, 5, 2, 0, 5, 3, 2]
        let order = ClassicalAnalysis.descendingStableOrder(totals, maximumTotal: 5)
        #expect(order == [1, 4, 5, 0, 2, 6, 3])
        let reference = totals.indices.sorted { (totals[$0], -$0) > (totals[$1], -$1) }
        #expect(order == reference)
    }

    @Test(
        "group size is ⌊f·N + ½⌋",
        arguments: [(40, 0.27, 11), (10, 0.27, 3), (2, 0.27, 1), (100, 0.5, 50), (7, 0.25, 2)])
    func groupSize(candidates: Int, fraction: Double, size: Int) throws {
        let cells = (0..<candidates * 2).map { UInt8($0 % 3 == 0 ? 1 : 0) }
        let scores = try ScoreMatrix(candidateCount: candidates, itemCount: 2, rowMajor: cells)
        let analysis = try ClassicalAnalysis(scores: scores, groupFraction: fraction)
        #expect(analysis.upperGroup.count == size && analysis.lowerGroup.count == size)
    }

    @Test("seeded random sparse matrices agree with direct textbook formulas", arguments: [1, 2, 3] as [UInt64])
    func randomAgainstDirectFormulas(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let n = 300
        let k = 12
        var choices = [Int8]()
        for _ in 0..<n {
            let ability = Double.random(in: -2...2, using: &generator)
            for item in 0..<k {
                let roll = Double.random(in: 0..<1, using: &generator)
                if roll < 0.1 {
                    choices.append(ResponseMatrix.notAdministered)
                } else if roll < 0.15 {
                    choices.append(ResponseMatrix.omitted)
                } else {
                    let p = 1 / (1 + exp(Double(item - 6) / 3 - ability))
                    let correct = Double.random(in: 0..<1, using: &generator) < p
                    choices.append(correct ? 0 : Int8.random(in: 1...3, using: &generator))
                }
            }
        }
        let responses = try ResponseMatrix(
            candidateCount: n, itemCount: k, rowMajor: choices, keys: Array(repeating: 0, count: k),
            optionCounts: Array(repeating: 4, count: k))
        let rowMajor = choices.map {
            $0 == ResponseMatrix.notAdministered ? ScoreMatrix.notAdministered : ($0 == 0 ? 1 : 0)
        }
        #expect(responses.scored() == (try ScoreMatrix(candidateCount: n, itemCount: k, rowMajor: rowMajor)))

        let analysis = try ClassicalAnalysis(responses: responses)
        let totals = (0..<n).map { c in (0..<k).reduce(0) { $0 + (rowMajor[c * k + $1] == 1 ? 1 : 0) } }
        #expect(analysis.totals == totals)
        for item in 0..<k {
            let given = (0..<n).filter { rowMajor[$0 * k + item] != ScoreMatrix.notAdministered }
            let x = given.map { Double(rowMajor[$0 * k + item]) }
            let t = given.map { Double(totals[$0]) }
            let result = analysis.items[item]
            #expect(result.count == given.count)
            #expect(result.omittedCount == given.filter { choices[$0 * k + item] == ResponseMatrix.omitted }.count)
            expectClose(result.pointBiserial, ItemAnalysisTests.pearson(x, t), tolerance: 1e-13, "r_pb of \(item)")
            expectClose(
                result.pointBiserialCorrected, ItemAnalysisTests.pearson(x, zip(t, x).map { $0 - $1 }),
                tolerance: 1e-13, "corrected r_pb of \(item)")
            for option in 1...3 {
                let chose = given.map { choices[$0 * k + item] == Int8(option) ? 1.0 : 0.0 }
                expectClose(
                    result.options[option].pointBiserial, ItemAnalysisTests.pearson(chose, t), tolerance: 1e-13,
                    "option \(option) of \(item)")
            }
        }
    }

    @Test("row-major and item-major construction give the same analysis")
    func layoutsAgree() throws {
        let rows = Self.fixture.data.scored
        let n = rows.count
        let k = rows[0].count
        let itemMajor = (0..<k).flatMap { item in rows.map { $0[item] } }
        let a = try ClassicalAnalysis(scores: ScoreMatrix(candidateCount: n, itemCount: k, itemMajor: itemMajor))
        let b = try ClassicalAnalysis(scores: Self.fixture.scoreMatrix())
        #expect(a == b)
    }
}

