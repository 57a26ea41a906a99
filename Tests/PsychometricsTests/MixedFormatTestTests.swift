import Testing

@testable import Psychometrics

@Suite("Mixed-format test")
struct MixedFormatTestTests {
    static let reference = IRTProbabilityFixture.shared.tests.first { $0.id == "mixed_format_5_items" }!

    static func testItem(_ item: IRTProbabilityFixture.TestItemParameters) -> TestItem {
        let p = item.parameters
        precondition(p.scaling == 1, "the mixed reference test is on the logistic metric")
        switch item.model {
        case "grm": return .graded(GradedResponseItem(a: p.a, b: p.b))
        case "gpcm": return .partialCredit(GeneralizedPartialCreditItem(a: p.a, b: p.b))
        default: return .dichotomous(DichotomousItem(a: p.a, b: p.b[0], c: p.c, d: p.d))
        }
    }

    static let test = MixedFormatTest(items: reference.items.map(testItem))

    @Test("2PL, 3PL, GRM, GPCM and 4PL items: item scores, information and the TCC match at every θ")
    func matchesReferenceTable() {
        #expect(Self.reference.items.map(\.model) == ["2pl", "3pl", "grm", "gpcm", "4pl"])
        for row in Self.reference.table {
            for (i, item) in Self.test.items.enumerated() {
                #expect(abs(item.expectedScore(at: row.theta) - row.itemExpectedScores[i]) < 1e-14, "item \(i)")
                #expect(abs(item.information(at: row.theta) - row.itemInformation[i]) < 1e-13, "item \(i)")
            }
            #expect(abs(Self.test.expectedScore(at: row.theta) - row.tcc) < 1e-13, "θ \(row.theta)")
            #expect(abs(Self.test.information(at: row.theta) - row.testInformation) < 1e-13, "θ \(row.theta)")
        }
    }

    @Test("the score range is Σc to Σd plus the top categories, and the inverse matches the reference")
    func inverseMatchesReference() throws {
        let range = Self.test.expectedScoreRange
        #expect(abs(range.lowest - Self.reference.tccRange.lowest) < 1e-15)
        #expect(abs(range.highest - Self.reference.tccRange.highest) < 1e-14)
        for row in Self.reference.tccInverse {
            if let theta = row.theta {
                #expect(
                    abs(try Self.test.theta(forExpectedScore: row.rawScore) - theta) < 1e-10, "score \(row.rawScore)")
            } else {
                #expect(
                    throws: PsychometricsError.scoreOutsideTestCharacteristicCurve(
                        score: row.rawScore, lowest: range.lowest, highest: range.highest)
                ) {
                    try Self.test.theta(forExpectedScore: row.rawScore)
                }
            }
        }
        #expect(Self.reference.tccInverse.filter { $0.theta == nil }.count == 1)
    }

    @Test("a test of dichotomous items agrees with the pool holding the same items")
    func agreesWithPool() throws {
        let items = [DichotomousItem(a: 1.1, b: -0.4), DichotomousItem(a: 0.7, b: 0.9, c: 0.2)]
        let test = MixedFormatTest(items: items.map(TestItem.dichotomous), scaling: 1.702)
        let pool = DichotomousPool(items: items, scaling: 1.702)
        for theta in [-2.0, 0.1, 1.9] {
            #expect(abs(test.expectedScore(at: theta) - pool.expectedScore(at: theta)) < 1e-15)
            #expect(abs(test.information(at: theta) - pool.testInformation(at: theta)) < 1e-15)
        }
        #expect(abs(try test.theta(forExpectedScore: 1.1) - pool.theta(forExpectedScore: 1.1)) < 1e-12)
    }
}
