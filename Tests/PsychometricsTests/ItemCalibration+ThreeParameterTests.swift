import AssessCore
import Foundation
import Testing

@testable import Psychometrics

/// The 3PL with BILOG-MG's Beta(5, 17) guessing prior, and the log-normal slope prior, on data
/// simulated here with a seeded generator (no reference fixture exists for these).
@Suite("Item calibration with priors (3PL)")
struct ItemCalibrationThreeParameterTests {
    /// Seeded 3PL data: a ~ U(0.8, 2), b ~ U(−1.5, 2), c ~ U(0.1, 0.3), θ ~ N(0, 1).
    struct Simulation {
        let a: [Double]
        let b: [Double]
        let c: [Double]
        let scores: SparseScoreMatrix

        init(candidates: Int, items: Int, seed: UInt64) throws {
            var generator = SplitMix64(seed: seed)
            a = (0..<items).map { _ in Double.random(in: 0.8...2.0, using: &generator) }
            b = (0..<items).map { _ in Double.random(in: -1.5...2.0, using: &generator) }
            c = (0..<items).map { _ in Double.random(in: 0.1...0.3, using: &generator) }
            var cells = [Int8](repeating: 0, count: candidates * items)
            for candidate in 0..<candidates {
                let theta = generator.nextStandardNormal()
                for item in 0..<items {
                    let p = DichotomousItem(a: a[item], b: b[item], c: c[item]).probability(at: theta)
                    cells[candidate * items + item] = Double.random(in: 0..<1, using: &generator) < p ? 1 : 0
                }
            }
            scores = try SparseScoreMatrix(itemCount: items, rowMajor: cells)
        }
    }

    @Test("recovers a seeded 3PL simulation within loose bounds, with every c inside (0, 1)")
    func recovery() throws {
        let simulation = try Simulation(candidates: 3000, items: 20, seed: 3)
        let result = try ItemCalibration.calibrate(simulation.scores, model: .threeParameter())
        #expect(result.converged)
        #expect((result.maximumAbsoluteGradient ?? 1) < 1e-6)
        let rmse = { (values: [Double]) in (values.map { $0 * $0 }.reduce(0, +) / Double(values.count)).squareRoot() }
        let rmseA = rmse(zip(result.items, simulation.a).map { $0.a - $1 })
        let rmseB = rmse(zip(result.items, simulation.b).map { $0.b - $1 })
        let rmseC = rmse(zip(result.items, simulation.c).map { $0.c - $1 })
        // Loose: 3000 candidates pin a 3PL item only roughly (c trades off against a and b for
        // easy items, and the prior pulls c toward its mode 0.2). Measured 0.18, 0.12 and 0.046;
        // the bounds allow for that sampling error, not for a wrong model.
        #expect(rmseA < 0.3)
        #expect(rmseB < 0.25)
        #expect(rmseC < 0.08)
        for item in result.items {
            #expect(item.c > 0 && item.c < 1)
            let errors = try #require(item.standardErrors)
            let seC = try #require(errors.c)
            #expect(seC > 0 && seC < 0.3)
            #expect(errors.a != nil)
        }
    }

    @Test("with few candidates the Beta prior keeps every c in its bulk, and a stronger prior pulls c closer to 0.2")
    func priorHoldsGuessing() throws {
        // 300 candidates say little about c, least for easy items; the estimates stay inside
        // the central 99% of Beta(5, 17), [0.055, 0.488] (measured 0.13 to 0.22).
        let simulation = try Simulation(candidates: 300, items: 10, seed: 4)
        let result = try ItemCalibration.calibrate(simulation.scores, model: .threeParameter())
        for item in result.items {
            #expect(item.c > 0.055 && item.c < 0.488)
        }
        // A stronger prior pulls every c closer to its mode 0.2.
        let strong = try ItemCalibration.calibrate(
            simulation.scores, model: .threeParameter(guessingPrior: BetaPrior(alpha: 41, beta: 161)))
        let spread = { (items: [CalibratedItem]) in items.map { abs($0.c - 0.2) }.reduce(0, +) }
        #expect(spread(strong.items) < spread(result.items))
    }

    @Test("a log-normal slope prior shrinks the largest slope and keeps the penalised gradient at 0")
    func slopePrior() throws {
        let fixture = try SimulationFixture.load()
        let plain = try ItemCalibration.calibrate(fixture.scores(), model: .twoParameter())
        let shrunk = try ItemCalibration.calibrate(fixture.scores(), model: .twoParameter(slopePrior: .bilogDefault))
        #expect((shrunk.maximumAbsoluteGradient ?? 1) < 1e-6)
        // Item 6 (a = 2.69, SE 0.57): the prior's mode is exp(−0.25) = 0.78, so a moves down.
        #expect(shrunk.items[5].a < plain.items[5].a - 0.1)
        #expect(shrunk.logLikelihood < plain.logLikelihood)
    }
}
