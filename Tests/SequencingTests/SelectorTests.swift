import AssessCore
import Foundation
import Psychometrics
import Testing

@testable import Sequencing

@Suite("Item selectors")
struct SelectorTests {
    /// Three items whose values are worked by hand below.
    static let parameters = DichotomousPool(a: [1.3, 0.8, 2.0], b: [0.2, -1.0, 1.5], c: [0.18, 0, 0.1])

    static func state(theta: Double, answered: Int = 0, maximumLength: Int = 20) -> SelectionState {
        SelectionState(
            theta: theta, standardError: 1, answered: answered, maximumLength: maximumLength, parameters: parameters)
    }

    /// P(θ) = c + (1 − c)/(1 + e^(−a(θ − b))), written out here rather than taken from the code.
    static func probability(_ i: Int, _ theta: Double) -> Double {
        let (a, b, c) = (parameters.a[i], parameters.b[i], parameters.c[i])
        return c + (1 - c) / (1 + exp(-a * (theta - b)))
    }

    @Test("maximum information scores are the 3PL formula a²·(Q/P)·((P − c)/(1 − c))²")
    func fisher() {
        var scores = [Double](repeating: 0, count: 3)
        MaximumInformationSelector().score([0, 1, 2], count: 3, state: Self.state(theta: 0.5), into: &scores)
        for i in 0..<3 {
            let (a, c) = (Self.parameters.a[i], Self.parameters.c[i])
            let p = Self.probability(i, 0.5)
            let expected = a * a * ((1 - p) / p) * pow((p - c) / (1 - c), 2)
            #expect(abs(scores[i] - expected) < 1e-14 * max(1, expected), "item \(i)")
        }
        // Item 0 at θ = 0.5: P = 0.18 + 0.82/(1 + e^(−0.39)) = 0.668952…, I = 0.297363…
        #expect(abs(scores[0] - 0.2973634) < 1e-6)
    }

    /// KL(θ̂‖θ) written out, and a fine Simpson integral of it.
    static func klIntegral(_ i: Int, center: Double, delta: Double, intervals: Int = 4000) -> Double {
        func kl(_ theta: Double) -> Double {
            let p0 = probability(i, center)
            let p = probability(i, theta)
            return p0 * log(p0 / p) + (1 - p0) * log((1 - p0) / (1 - p))
        }
        let h = 2 * delta / Double(intervals)
        var sum = kl(center - delta) + kl(center + delta)
        for k in 1..<intervals { sum += (k % 2 == 1 ? 4 : 2) * kl(center - delta + Double(k) * h) }
        return sum * h / 3
    }

    @Test("KL scores: Chang & Ying's integral by 21-node Simpson, within 0.1% of a 4,001-node Simpson integral")
    func kullbackLeibler() {
        let selector = KullbackLeiblerSelector()
        for answered in [0, 1, 4, 16] {
            var scores = [Double](repeating: 0, count: 3)
            selector.score([0, 1, 2], count: 3, state: Self.state(theta: 0.3, answered: answered), into: &scores)
            let delta = 3 / Double(max(answered, 1)).squareRoot()
            #expect(abs(selector.halfWidth(answered: answered) - delta) < 1e-15)
            for i in 0..<3 {
                let reference = Self.klIntegral(i, center: 0.3, delta: delta)
                #expect(abs(scores[i] - reference) < 1e-3 * reference, "item \(i), n = \(answered)")
            }
        }
    }

    @Test("KL over a narrow interval tends to Fisher information: ∫_{−δ}^{δ} ½·I·x² dx = I·δ³/3")
    func kullbackLeiblerLimit() {
        let selector = KullbackLeiblerSelector(halfWidthConstant: 0.05)
        var kl = [Double](repeating: 0, count: 3)
        var fisher = [Double](repeating: 0, count: 3)
        selector.score([0, 1, 2], count: 3, state: Self.state(theta: -0.2, answered: 1), into: &kl)
        MaximumInformationSelector().score([0, 1, 2], count: 3, state: Self.state(theta: -0.2), into: &fisher)
        for i in 0..<3 {
            let expected = fisher[i] * pow(0.05, 3) / 3
            #expect(abs(kl[i] - expected) < 0.01 * expected, "item \(i): \(kl[i]) vs \(expected)")
        }
    }

    @Test("a-stratified: equal strata by a, one stage per L/K items, b closest to θ within the stage")
    func aStratified() throws {
        // a ascending with index; b alternating so that the closest-b choice is visible.
        let items = (0..<8).map { i in
            SequencerItem(id: "A\(i)", parameters: DichotomousItem(a: 0.5 + 0.2 * Double(i), b: i % 2 == 0 ? -1 : 1))
        }
        let pool = try SequencerPool(items: items.reversed())  // pool order must not matter
        let prepared = try #require(
            try AStratifiedSelector(strata: 4).prepared(for: pool, maximumLength: 8) as? AStratifiedSelector)
        // Pool position p holds item 7 − p; strata by a: items {0,1}, {2,3}, {4,5}, {6,7}.
        #expect(prepared.stratumOfItem == [3, 3, 2, 2, 1, 1, 0, 0])
        #expect((0..<8).map(prepared.stage(answered:)) == [0, 0, 1, 1, 2, 2, 3, 3])
        var scores = [Double](repeating: 0, count: 8)
        let state = SelectionState(
            theta: 0.8, standardError: 1, answered: 2, maximumLength: 8, parameters: pool.parameters)
        prepared.score(Array(0..<8), count: 8, state: state, into: &scores)
        // Stage 1 = items 2, 3 (positions 5, 4); b = 1 (item 3, position 4) is closest to 0.8.
        #expect(scores.indices.max { scores[$0] < scores[$1] } == 4)
        // Without stage-1 candidates, stratum 2 (higher) comes before stratum 0 (lower).
        var rest = [Double](repeating: 0, count: 4)
        prepared.score([0, 2, 3, 7], count: 4, state: state, into: &rest)
        #expect(rest[1] > rest[2] && rest[2] > rest[3] && rest[3] > rest[0])
    }

    @Test("a-stratified refuses more strata than items")
    func tooManyStrata() {
        let pool = PoolFixture.pool(count: 6)
        #expect(throws: SequencingError.invalidDesign(.invalidStrata(7))) {
            try AStratifiedSelector(strata: 7).prepared(for: pool, maximumLength: 5)
        }
    }
}
