import Foundation
import Testing

@testable import Psychometrics

@Suite("Dichotomous pool")
struct DichotomousPoolTests {
    /// The reference's six-item test. Its last item is reported with D = 1.702; a pool shares
    /// one D, so that item enters on the logistic metric as a ← 1.702·a (D appears only as D·a).
    static let reference = IRTProbabilityFixture.shared.tests.first { $0.id == "dichotomous_6_items" }!
    static let pool = DichotomousPool(
        a: reference.items.map { $0.parameters.scaling * $0.parameters.a },
        b: reference.items.map { $0.parameters.b[0] },
        c: reference.items.map(\.parameters.c),
        d: reference.items.map(\.parameters.d))

    @Test("item information into a buffer, test information and the TCC match the reference at every θ")
    func matchesReferenceTable() {
        let pool = Self.pool
        var information = [Double](repeating: .nan, count: pool.count)
        #expect(Self.reference.table.count == 7)
        for row in Self.reference.table {
            pool.information(at: row.theta, into: &information)
            for i in 0..<pool.count {
                #expect(abs(information[i] - row.itemInformation[i]) < 1e-14, "θ \(row.theta), item \(i)")
                #expect(abs(pool.probability(ofItem: i, at: row.theta) - row.itemExpectedScores[i]) < 1e-15)
            }
            #expect(abs(pool.testInformation(at: row.theta) - row.testInformation) < 1e-13)
            #expect(abs(pool.expectedScore(at: row.theta) - row.tcc) < 1e-13, "θ \(row.theta)")
        }
    }

    @Test("the TCC inverse matches the reference, to 1e-10 in θ")
    func inverseMatchesReference() throws {
        let range = Self.pool.expectedScoreRange
        #expect(abs(range.lowest - Self.reference.tccRange.lowest) < 1e-15)
        #expect(range.highest == Self.reference.tccRange.highest)
        var solved = 0
        for row in Self.reference.tccInverse {
            if let theta = row.theta {
                let estimate = try Self.pool.theta(forExpectedScore: row.rawScore)
                #expect(abs(estimate - theta) < 1e-10, "score \(row.rawScore)")
                #expect(abs(Self.pool.expectedScore(at: estimate) - row.rawScore) < 1e-10)
                solved += 1
            } else {
                #expect(
                    throws: PsychometricsError.scoreOutsideTestCharacteristicCurve(
                        score: row.rawScore, lowest: range.lowest, highest: range.highest)
                ) {
                    try Self.pool.theta(forExpectedScore: row.rawScore)
                }
            }
        }
        #expect(solved == 6)
    }

    @Test("a score inside the range whose θ lies beyond ±100 throws, as does a score at an end")
    func scoreBeyondLimit() {
        // With a = 0.1, TCC(100) = 2 − 2/(1 + e^10) ≈ 2 − 9e-5: a score of 2 − 1e-6 needs θ ≈ 145.
        let pool = DichotomousPool(a: [0.1, 0.1], b: [0, 0])
        #expect(throws: PsychometricsError.scoreBeyondThetaLimit(score: 2 - 1e-6, limit: 100)) {
            try pool.theta(forExpectedScore: 2 - 1e-6)
        }
        #expect(throws: PsychometricsError.scoreBeyondThetaLimit(score: 1e-6, limit: 100)) {
            try pool.theta(forExpectedScore: 1e-6)
        }
        #expect(throws: PsychometricsError.scoreOutsideTestCharacteristicCurve(score: 2, lowest: 0, highest: 2)) {
            try pool.theta(forExpectedScore: 2)
        }
        let error = #expect(throws: PsychometricsError.self) { try pool.theta(forExpectedScore: .nan) }
        guard case .scoreOutsideTestCharacteristicCurve(let score, 0, 2)? = error else {
            Issue.record("NaN score gave \(String(describing: error))")
            return
        }
        #expect(score.isNaN)
    }

    @Test("Q keeps full relative precision where P rounds to 1")
    func complementPrecision() {
        // At θ = 20 a 2PL item with a = 2, b = 0 has Q = 1/(1 + e^40) ≈ 4.25e-18, and 1 − P is 0.
        let pool = DichotomousPool(a: [2], b: [0])
        let q = 1 / (1 + exp(40.0))
        #expect(abs(pool.information(ofItem: 0, at: 20) - 4 * q) <= 1e-14 * 4 * q)
        let likelihood = ResponsePatternLikelihood(pool: pool, indices: nil, responses: [false])
        #expect(abs(likelihood.logLikelihood(at: 20) - log(q)) < 1e-12)
    }

    @Test("test information over a subset is the sum over those items, in any order")
    func subsetInformation() {
        let pool = Self.pool
        for theta in [-1.7, 0.2, 2.4] {
            let subset = [4, 0, 2]
            let sum = subset.reduce(0.0) { $0 + pool[$1].information(at: theta) }
            #expect(abs(pool.testInformation(at: theta, over: subset) - sum) < 1e-15)
            #expect(pool.testInformation(at: theta, over: []) == 0)
            let expected = subset.reduce(0.0) { $0 + pool[$1].probability(at: theta) }
            #expect(abs(pool.expectedScore(at: theta, over: subset) - expected) < 1e-15)
        }
    }

    @Test("building from items and from arrays gives the same pool; c and d default to 0 and 1")
    func initializers() {
        let items = [DichotomousItem(a: 1.2, b: -0.5), DichotomousItem(a: 0.8, b: 1, c: 0.2, d: 0.95)]
        let pool = DichotomousPool(items: items, scaling: ScalingConstant.normalOgive)
        #expect(pool == DichotomousPool(a: [1.2, 0.8], b: [-0.5, 1], c: [0, 0.2], d: [1, 0.95], scaling: 1.702))
        #expect(pool[1] == items[1])
        #expect(DichotomousPool(a: [1, 2], b: [0, 1]) == DichotomousPool(a: [1, 2], b: [0, 1], c: [0, 0], d: [1, 1]))
        #expect(abs(pool.information(ofItem: 1, at: 0.3) - items[1].information(at: 0.3, scaling: 1.702)) < 1e-15)
    }

    @Test("a non-positive discrimination is a programmer error")
    func nonPositiveSlopeTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = DichotomousPool(a: [1, -0.2], b: [0, 0])
        }
    }
}
