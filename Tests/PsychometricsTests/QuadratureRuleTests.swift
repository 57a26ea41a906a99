import Foundation
import Testing

@testable import Psychometrics

@Suite("Quadrature rule")
struct QuadratureRuleTests {
    @Test("21-node Gauss–Hermite matches numpy hermegauss(21) with weights divided by √(2π)")
    func matchesNumpy() {
        let rule = QuadratureRule.gaussHermite(nodeCount: 21)
        // numpy 2.4.6: x, w = numpy.polynomial.hermite_e.hermegauss(21); w / w.sum().
        let reference: [(index: Int, node: Double, weight: Double)] = [
            (0, -7.8493828951138225, 2.0989912195656712e-14),
            (1, -6.751444718717461, 4.9753686041217186e-11),
            (5, -3.4698466904753764, 0.0007080477954815369),
            (10, 0, 0.27026018357287707),
            (15, 3.4698466904753764, 0.0007080477954815369),
            (20, 7.8493828951138225, 2.0989912195656712e-14),
        ]
        #expect(rule.count == 21)
        for entry in reference {
            #expect(abs(rule.nodes[entry.index] - entry.node) < 1e-13)
            #expect(abs(rule.weights[entry.index] - entry.weight) < 1e-15)
            #expect(abs(rule.weights[entry.index] / entry.weight - 1) < 1e-12)
        }
    }

    @Test("n-node Gauss–Hermite integrates N(0,1) moments exactly up to degree 2n − 1", arguments: [1, 2, 5, 21, 41, 61])
    func exactMoments(nodeCount: Int) {
        let rule = QuadratureRule.gaussHermite(nodeCount: nodeCount)
        #expect(abs(rule.weights.reduce(0, +) - 1) < 1e-14)
        #expect(zip(rule.nodes, rule.nodes.dropFirst()).allSatisfy { $0 < $1 })
        // Odd moments vanish because the rule is exactly symmetric.
        for index in 0..<nodeCount {
            #expect(rule.nodes[index] == -rule.nodes[nodeCount - 1 - index])
            #expect(rule.weights[index] == rule.weights[nodeCount - 1 - index])
        }
        // Even moments: E[θ^m] = (m − 1)!!, to rounding (measured ≤ 4.4e-15 relative).
        var doubleFactorial = 1.0
        for degree in stride(from: 2, through: 2 * nodeCount - 1, by: 2) {
            doubleFactorial *= Double(degree - 1)
            let moment = zip(rule.nodes, rule.weights).reduce(0) { $0 + $1.1 * pow($1.0, Double(degree)) }
            #expect(abs(moment / doubleFactorial - 1) < 1e-13, "degree \(degree)")
        }
    }

    @Test("two-node Gauss–Hermite is ±1 with weight 1/2 each")
    func twoNodes() {
        let rule = QuadratureRule.gaussHermite(nodeCount: 2)
        #expect(abs(rule.nodes[0] + 1) < 1e-15 && abs(rule.nodes[1] - 1) < 1e-15)
        #expect(abs(rule.weights[0] - 0.5) < 1e-15 && abs(rule.weights[1] - 0.5) < 1e-15)
    }

    @Test("rectangular rule: equally spaced nodes, normal-density weights normalised to 1")
    func rectangular() {
        let rule = QuadratureRule.rectangular(nodeCount: 49, lower: -6, upper: 6)
        #expect(rule.count == 49)
        #expect(rule.nodes[0] == -6 && rule.nodes[48] == 6 && rule.nodes[24] == 0)
        #expect(abs(rule.nodes[1] - rule.nodes[0] - 0.25) < 1e-15)
        #expect(abs(rule.weights.reduce(0, +) - 1) < 1e-15)
        // A_j ∝ φ(θ_j): the ratio of two weights is exp(−(θ_i² − θ_j²)/2).
        #expect(abs(rule.weights[30] / rule.weights[24] - exp(-0.5 * 1.5 * 1.5)) < 1e-14)
        // The standard normal's variance to the rule's accuracy (measured 3.2e-8 off).
        let variance = zip(rule.nodes, rule.weights).reduce(0) { $0 + $1.1 * $1.0 * $1.0 }
        #expect(abs(variance - 1) < 1e-7)
    }

    @Test("explicit weights are normalised")
    func explicitWeights() {
        let rule = QuadratureRule(nodes: [-1, 0, 1], weights: [1, 2, 1])
        #expect(rule.weights == [0.25, 0.5, 0.25])
    }
}
