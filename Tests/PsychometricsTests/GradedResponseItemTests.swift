import Foundation
import Testing

@testable import Psychometrics

@Suite("Graded response item")
struct GradedResponseItemTests {
    static let fixtureCases = IRTProbabilityFixture.cases(["grm"])

    @Test(
        "category probabilities, expected score and information match the reference at every θ",
        arguments: fixtureCases)
    func matchesReference(_ reference: IRTProbabilityFixture.ItemCase) throws {
        let item = GradedResponseItem(a: reference.params.a, b: reference.params.b)
        let D = reference.params.scaling
        #expect(item.categoryCount == reference.table[0].categoryProbabilities?.count)
        for row in reference.table {
            let expected = try #require(row.categoryProbabilities)
            let probabilities = item.categoryProbabilities(at: row.theta, scaling: D)
            for (k, value) in probabilities.enumerated() {
                #expect(abs(value - expected[k]) < 1e-14, "θ \(row.theta), category \(k)")
            }
            #expect(abs(item.expectedScore(at: row.theta, scaling: D) - (row.expectedScore ?? .nan)) < 1e-13)
            #expect(abs(item.information(at: row.theta, scaling: D) - row.information) < 1e-13, "θ \(row.theta)")
        }
        #expect(Self.fixtureCases.count == 2)
    }

    @Test("the scaling constant enters only as D·a")
    func scalingMultipliesSlope() {
        let onNormalMetric = GradedResponseItem(a: 0.9, b: [-1, 0.4, 2])
        let onLogisticMetric = GradedResponseItem(a: 0.9 * 1.702, b: [-1, 0.4, 2])
        for theta in stride(from: -3.0, through: 3.0, by: 0.75) {
            #expect(
                abs(onNormalMetric.information(at: theta, scaling: 1.702) - onLogisticMetric.information(at: theta))
                    < 1e-13)
            #expect(
                abs(onNormalMetric.expectedScore(at: theta, scaling: 1.702) - onLogisticMetric.expectedScore(at: theta))
                    < 1e-14)
        }
    }

    @Test("probabilities sum to 1 and keep full precision far above every threshold", arguments: [-30.0, -6, 0, 6, 30])
    func probabilitiesAreADistribution(theta: Double) {
        let item = GradedResponseItem(a: 2.0, b: [-2, -1, 0.5])
        let probabilities = item.categoryProbabilities(at: theta)
        #expect(abs(probabilities.reduce(0, +) - 1) < 1e-15)
        #expect(probabilities.allSatisfy { $0 >= 0 })
        // P_2 = P*_2 − P*_3 = Q*_3 − Q*_2. At θ = 30 it is about 2.6e-26, which the naive
        // P*_2 − P*_3 (two numbers equal to 1 in double precision) loses; the reference value
        // takes whichever form does not cancel at this θ.
        let exact =
            theta > 0
            ? 1 / (1 + exp(2 * (theta - 0.5))) - 1 / (1 + exp(2 * (theta + 1)))
            : 1 / (1 + exp(-2 * (theta + 1))) - 1 / (1 + exp(-2 * (theta - 0.5)))
        #expect(abs(probabilities[2] - exact) <= 1e-13 * exact)
    }

    @Test("information equals Σ P_k (∂ log P_k/∂θ)² by central differences", arguments: [-2.5, -0.3, 0.8, 2.2])
    func informationIsFisherInformation(theta: Double) {
        let item = GradedResponseItem(a: 1.3, b: [-1.2, 0, 0.9, 1.7])
        let h = 1e-5
        let below = item.categoryProbabilities(at: theta - h)
        let above = item.categoryProbabilities(at: theta + h)
        let at = item.categoryProbabilities(at: theta)
        var numeric = 0.0
        for k in at.indices {
            let derivative = (above[k] - below[k]) / (2 * h)
            numeric += derivative * derivative / at[k]
        }
        #expect(abs(item.information(at: theta) - numeric) < 1e-8)
    }

    @Test("the expected score Σ P*_k equals Σ k·P_k and rises with θ")
    func expectedScoreIdentity() {
        let item = GradedResponseItem(a: 1.1, b: [-0.5, 0.2, 1.4])
        var previous = -1.0
        for theta in stride(from: -4.0, through: 4.0, by: 0.5) {
            let probabilities = item.categoryProbabilities(at: theta)
            let direct = probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }
            let score = item.expectedScore(at: theta)
            #expect(abs(score - direct) < 1e-14)
            #expect(score > previous)
            previous = score
        }
    }

    @Test("the buffer form writes the same values as the allocating form")
    func bufferForm() {
        let item = GradedResponseItem(a: 1.5, b: [-1.5, -0.2, 1.1])
        var buffer = [Double](repeating: .nan, count: item.categoryCount)
        item.categoryProbabilities(at: 0.7, into: &buffer)
        #expect(buffer == item.categoryProbabilities(at: 0.7))
        #expect(item.maximumScore == 3)
    }

    @Test("thresholds out of order are a programmer error")
    func unorderedThresholdsTrap() async {
        await #expect(processExitsWith: .failure) {
            _ = GradedResponseItem(a: 1, b: [0.5, -0.5])
        }
    }
}
