import Testing

@testable import Psychometrics

@Suite("ETS classification")
struct ETSClassificationTests {
    @Test(
        "labels carry the favoured group as an ASCII sign, A none",
        arguments: [
            (ETSCategory.a, DIFGroup?.some(.reference), "A"), (.a, nil, "A"), (.b, .focal, "B+"),
            (.b, .reference, "B-"),
            (.c, .focal, "C+"), (.c, .reference, "C-"),
        ])
    func label(category: ETSCategory, favoured: DIFGroup?, label: String) {
        let classification = ETSClassification(category: category, favoredGroup: favoured)
        #expect(classification.label == label)
        #expect("\(classification)" == label)
        if category == .a { #expect(classification.favoredGroup == nil) }
    }

    // Three strata with the same 2 × 2 table (A, B, C, D); values worked out with the
    // reference formulas in numpy: (3,1,1,2) has D = −4.21 but χ² p = .18; (170,100,100,100)
    // has D = −1.25, p = 1.5e−6; (30,10,10,20) has D = −4.21, (|D| − 1)/SE = 4.45.
    @Test(
        "the standard rule needs significance for B and C and size for C",
        arguments: [
            ([3, 1, 1, 2], "A", "C-"), ([170, 100, 100, 100], "B-", "B-"), ([100, 100, 170, 100], "B+", "B+"),
            ([30, 10, 10, 20], "C-", "C-"),
        ])
    func standardRule(table: [Int], label: String, magnitudeLabel: String) {
        let strata = (0..<3).map { score in
            MantelHaenszelStratum(
                score: score, referenceCorrect: table[0], referenceIncorrect: table[1], focalCorrect: table[2],
                focalIncorrect: table[3])
        }
        let result = MantelHaenszel(item: 0, strata: strata)
        #expect(result.classification()?.label == label)
        #expect(result.classification(rule: .magnitudeOnly)?.label == magnitudeLabel)
    }
}
