import Testing

@testable import Psychometrics

@Suite("Score matrix")
struct ScoreMatrixTests {
    @Test("row-major input is stored item by item and read back by candidate and item")
    func layout() throws {
        let scores = try ScoreMatrix(candidateCount: 2, itemCount: 3, rowMajor: [1, 0, 1, 0, 0, 1])
        #expect(scores.cells == [1, 0, 0, 0, 1, 1])
        #expect(scores[candidate: 0, item: 2] == 1 && scores[candidate: 1, item: 0] == 0)
        #expect(scores.isComplete)
    }

    @Test("totals sum the items each candidate was given")
    func totals() throws {
        let x = ScoreMatrix.notAdministered
        let scores = try ScoreMatrix(candidateCount: 3, itemCount: 3, rowMajor: [1, x, 1, x, x, x, 0, 1, 1])
        #expect(scores.totals() == [2, 0, 2])
        #expect(!scores.isComplete)
    }

    @Test("a score other than 0, 1 or the marker is rejected with its position", arguments: [2, 7, 254] as [UInt8])
    func invalidScore(value: UInt8) {
        #expect(throws: PsychometricsError.invalidScore(candidate: 1, item: 2, value: value)) {
            try ScoreMatrix(candidateCount: 2, itemCount: 3, rowMajor: [1, 0, 1, 0, 0, value])
        }
    }
}
