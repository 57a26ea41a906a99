import Foundation
import Testing

@testable import Psychometrics

@Suite("Dichotomous item")
struct DichotomousItemTests {
    @Test("3PL information equals Lord's closed form D²a²(Q/P)((P−c)/(1−c))²", arguments: [-3.0, -0.5, 0, 1.2, 3.5])
    func closedForm(theta: Double) {
        let item = DichotomousItem(a: 1.4, b: 0.3, c: 0.2)
        for D in [1.0, 1.702] {
            let p = item.probability(at: theta, scaling: D)
            let lord = D * D * 1.4 * 1.4 * ((1 - p) / p) * pow((p - 0.2) / 0.8, 2)
            #expect(abs(item.information(at: theta, scaling: D) - lord) < 1e-12)
        }
    }

    @Test("at θ = b a 2PL item has P = 1/2 and information a²/4")
    func atDifficulty() {
        let item = DichotomousItem(a: 1.6, b: -0.7)
        #expect(item.probability(at: -0.7) == 0.5)
        #expect(abs(item.information(at: -0.7) - 1.6 * 1.6 / 4) < 1e-15)
    }
}

@Suite("Dichotomous item against the reference")
struct DichotomousItemReferenceTests {
    static let fixtureCases = IRTProbabilityFixture.cases(["rasch", "2pl", "3pl", "4pl"])

    @Test("P, Q, P′ and information match the reference at every θ", arguments: fixtureCases)
    func matchesReference(_ reference: IRTProbabilityFixture.ItemCase) throws {
        let parameters = reference.params
        let item = DichotomousItem(a: parameters.a, b: parameters.b[0], c: parameters.c, d: parameters.d)
        for row in reference.table {
            let p = item.probability(at: row.theta, scaling: parameters.scaling)
            #expect(abs(p - (row.pCorrect ?? .nan)) < 1e-15, "θ \(row.theta)")
            #expect(abs((1 - p) - (row.pIncorrect ?? .nan)) < 1e-15, "θ \(row.theta)")
            #expect(abs(item.slope(at: row.theta, scaling: parameters.scaling) - (row.slope ?? .nan)) < 1e-15)
            #expect(abs(item.information(at: row.theta, scaling: parameters.scaling) - row.information) < 1e-13)
        }
        #expect(Self.fixtureCases.count == 8)
    }
}
