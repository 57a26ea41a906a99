import Foundation
import Testing

@testable import Psychometrics

@Suite("Generalized partial credit item")
struct GeneralizedPartialCreditItemTests {
    static let fixtureCases = IRTProbabilityFixture.cases(["gpcm"])

    @Test(
        "category probabilities, expected score and information match the reference at every θ",
        arguments: fixtureCases)
    func matchesReference(_ reference: IRTProbabilityFixture.ItemCase) throws {
        let item = GeneralizedPartialCreditItem(a: reference.params.a, b: reference.params.b)
        let D = reference.params.scaling
        for row in reference.table {
            let expected = try #require(row.categoryProbabilities)
            let probabilities = item.categoryProbabilities(at: row.theta, scaling: D)
            #expect(probabilities.count == expected.count)
            for (k, value) in probabilities.enumerated() {
                #expect(abs(value - expected[k]) < 1e-14, "θ \(row.theta), category \(k)")
            }
            #expect(abs(item.expectedScore(at: row.theta, scaling: D) - (row.expectedScore ?? .nan)) < 1e-13)
            #expect(abs(item.information(at: row.theta, scaling: D) - row.information) < 1e-13, "θ \(row.theta)")
        }
        #expect(Self.fixtureCases.count == 3)  // GPCM, reversed steps, PCM
    }

    @Test("information is D·a times the slope of the expected score (Muraki 1993)", arguments: [-2.0, 0, 1.5])
    func informationIsSlopeOfExpectedScore(theta: Double) {
        let item = GeneralizedPartialCreditItem(a: 0.8, b: [-1, 0.6, 0.2])
        for D in [1.0, 1.702] {
            let h = 1e-5
            let slope =
                (item.expectedScore(at: theta + h, scaling: D) - item.expectedScore(at: theta - h, scaling: D))
                / (2 * h)
            #expect(abs(item.information(at: theta, scaling: D) - D * 0.8 * slope) < 1e-8)
        }
    }

    @Test("with reversed steps the middle category is never the most likely")
    func reversedSteps() {
        let item = GeneralizedPartialCreditItem(a: 0.7, b: [0.5, -0.5])
        for theta in stride(from: -5.0, through: 5.0, by: 0.1) {
            let probabilities = item.categoryProbabilities(at: theta)
            #expect(probabilities[1] < max(probabilities[0], probabilities[2]))
        }
    }

    @Test("no overflow far from the steps: probabilities stay a distribution", arguments: [-400.0, 400])
    func extremeTheta(theta: Double) {
        let item = GeneralizedPartialCreditItem(a: 3, b: [-1, 0, 1])
        let probabilities = item.categoryProbabilities(at: theta)
        #expect(abs(probabilities.reduce(0, +) - 1) < 1e-15)
        #expect(probabilities[theta < 0 ? 0 : 3] == 1)
        #expect(item.information(at: theta) == 0)
    }

    @Test("the buffer form writes the same values as the allocating form")
    func bufferForm() {
        let item = GeneralizedPartialCreditItem(a: 1.2, b: [-1, 0.3, 0.8])
        var buffer = [Double](repeating: .nan, count: 4)
        item.categoryProbabilities(at: -0.4, scaling: 1.702, into: &buffer)
        #expect(buffer == item.categoryProbabilities(at: -0.4, scaling: 1.702))
        #expect(item.categoryCount == 4 && item.maximumScore == 3)
    }
}
