import Testing

@testable import Psychometrics

@Suite("Sparse score matrix")
struct SparseScoreMatrixTests {
    @Test("dense rows keep only administered cells, in item order")
    func denseRows() throws {
        let matrix = try SparseScoreMatrix(itemCount: 3, rowMajor: [1, -1, 0, -1, -1, 1, 0, 1, 1])
        #expect(matrix.rowCount == 3)
        #expect(matrix.administeredCount == 6)
        #expect(!matrix.isComplete)
        #expect(matrix.rowStart == [0, 2, 3, 6])
        #expect(matrix.itemIndices == [0, 2, 2, 0, 1, 2])
        #expect(matrix.scores == [1, 0, 1, 0, 1, 1])
        #expect(matrix.frequencies == [1, 1, 1])
        #expect(matrix.responses(ofRow: 0).map(\.item) == [0, 2])
        let totals = matrix.itemTotals()
        #expect(totals.administered == [2, 1, 3])
        #expect(totals.correct == [1, 1, 2])
    }

    @Test("a complete matrix is marked complete")
    func complete() throws {
        let matrix = try SparseScoreMatrix(itemCount: 2, rowMajor: [1, 0, 0, 1])
        #expect(matrix.isComplete)
    }

    @Test("a cell other than 0, 1 or −1 throws with its candidate and item")
    func invalidCell() {
        #expect(throws: PsychometricsError.invalidResponse(candidate: 1, item: 0, value: 2)) {
            try SparseScoreMatrix(itemCount: 2, rowMajor: [1, 0, 2, 1])
        }
    }

    @Test("per-candidate lists are sorted by item and equal the dense form")
    func lists() throws {
        let fromLists = try SparseScoreMatrix(itemCount: 3, responses: [[(2, 0), (0, 1)], [(2, 1)], [(1, 1), (0, 0), (2, 1)]])
        let fromDense = try SparseScoreMatrix(itemCount: 3, rowMajor: [1, -1, 0, -1, -1, 1, 0, 1, 1])
        #expect(fromLists == fromDense)
    }

    @Test("an unknown item, a repeated item or a score of 2 in a list throws")
    func invalidLists() {
        #expect(throws: PsychometricsError.itemOutOfRange(candidate: 0, item: 3, itemCount: 3)) {
            try SparseScoreMatrix(itemCount: 3, responses: [[(3, 1)]])
        }
        #expect(throws: PsychometricsError.duplicateResponse(candidate: 1, item: 2)) {
            try SparseScoreMatrix(itemCount: 3, responses: [[(0, 1)], [(2, 1), (2, 0)]])
        }
        #expect(throws: PsychometricsError.invalidResponse(candidate: 0, item: 1, value: 2)) {
            try SparseScoreMatrix(itemCount: 3, responses: [[(1, 2)]])
        }
    }

    @Test("patterns carry their frequencies, and a negative frequency throws")
    func patterns() throws {
        let matrix = try SparseScoreMatrix(patterns: [[0, 1], [1, 1]], frequencies: [3, 5])
        #expect(matrix.frequencies == [3, 5])
        #expect(matrix.itemTotals().correct == [5, 8])
        #expect(throws: PsychometricsError.invalidFrequency(row: 1, value: -1)) {
            try SparseScoreMatrix(patterns: [[0, 1], [1, 1]], frequencies: [3, -1])
        }
    }
}
