import Foundation
import Testing

@testable import Psychometrics

@Suite("Quadrature grid")
struct QuadratureGridTests {
    @Test("the standard grid is catR's: 33 equally spaced points on [−4, 4], N(0, 1), trapezoid")
    func standardGrid() {
        let grid = QuadratureGrid.standard
        #expect(grid.count == 33)
        #expect(grid.nodes.first == -4 && grid.nodes.last == 4 && grid.nodes[16] == 0)
        #expect(grid.nodes[1] == -3.75)
        #expect(grid.prior == .standard && grid.rule == .trapezoid)
    }

    @Test("log weights are log(trapezoid weight) − (x − μ)²/(2σ²)", arguments: QuadratureGrid.Rule.allCases)
    func weights(rule: QuadratureGrid.Rule) {
        let prior = NormalPrior(mean: 0.5, standardDeviation: 1.2)
        let grid = QuadratureGrid(points: 5, range: -2...2, prior: prior, rule: rule)
        #expect(grid.nodes == [-2, -1, 0, 1, 2])
        for (j, x) in grid.nodes.enumerated() {
            let end = j == 0 || j == 4
            let weight = rule == .trapezoid && end ? 0.5 : 1
            let expected = log(weight) - (x - 0.5) * (x - 0.5) / (2 * 1.44)
            #expect(abs(grid.logPriorWeights[j] - expected) < 1e-15)
        }
    }
}
