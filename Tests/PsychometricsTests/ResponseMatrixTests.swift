import Testing

@testable import Psychometrics

@Suite("Response matrix")
struct ResponseMatrixTests {
    static let omitted = ResponseMatrix.omitted
    static let absent = ResponseMatrix.notAdministered

    @Test("the key scores 1, another option or an omission 0, a not-administered cell stays missing")
    func scoring() throws {
        let responses = try ResponseMatrix(
            candidateCount: 2, itemCount: 3, rowMajor: [2, Self.omitted, 0, 1, 3, Self.absent], keys: [2, 3, 0],
            optionCounts: [4, 4, 3])
        let scores = responses.scored()
        #expect(scores[candidate: 0, item: 0] == 1)
        #expect(scores[candidate: 0, item: 1] == 0)
        #expect(scores[candidate: 0, item: 2] == 1)
        #expect(scores[candidate: 1, item: 0] == 0)
        #expect(scores[candidate: 1, item: 1] == 1)
        #expect(scores[candidate: 1, item: 2] == ScoreMatrix.notAdministered)
        #expect(responses[candidate: 0, item: 1] == Self.omitted)
    }

    @Test("a key outside the item's options is rejected", arguments: [-1, 3, 9] as [Int8])
    func invalidKey(key: Int8) {
        #expect(throws: PsychometricsError.invalidKey(item: 1, key: key, optionCount: 3)) {
            try ResponseMatrix(
                candidateCount: 1, itemCount: 2, rowMajor: [0, 0], keys: [0, key], optionCounts: [4, 3])
        }
    }

    @Test(
        "a choice outside the item's options and markers is rejected with its position",
        arguments: [-3, 4, 100] as [Int8])
    func invalidChoice(choice: Int8) {
        #expect(throws: PsychometricsError.invalidChoice(candidate: 1, item: 0, value: choice, optionCount: 4)) {
            try ResponseMatrix(candidateCount: 2, itemCount: 1, rowMajor: [0, choice], keys: [0], optionCounts: [4])
        }
    }
}
