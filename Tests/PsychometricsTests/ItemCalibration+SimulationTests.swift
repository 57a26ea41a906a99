import AssessCore
import Foundation
import Testing

@testable import Psychometrics

/// The seeded 500 × 10 2PL simulation of `calibration_2pl_sim.json`: reference MML fits, recovery
/// of the generating values, and the same data with 60% of the cells removed.
@Suite("Item calibration on the 2PL simulation")
struct ItemCalibrationSimulationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let rule: QuadratureRule
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "Gauss–Hermite 21", rule: .gaussHermite(nodeCount: 21)),
        Case(name: "Gauss–Hermite 41", rule: .gaussHermite(nodeCount: 41)),
        Case(name: "rectangular 49 on [−6, 6]", rule: .rectangular(nodeCount: 49, lower: -6, upper: 6)),
    ]

    static func reference(_ fixture: SimulationFixture, _ testCase: Case) -> ReferenceFit {
        switch testCase.rule.count {
        case 21: fixture.mml_gauss_hermite_21
        case 41: fixture.mml_gauss_hermite_41
        default: fixture.mml_rectangular_49
        }
    }

    @Test("2PL estimates, SEs and log-likelihood match the reference MML fit", arguments: cases)
    func matchesReference(_ testCase: Case) throws {
        let fixture = try SimulationFixture.load()
        let reference = Self.reference(fixture, testCase)
        let result = try ItemCalibration.calibrate(
            fixture.scores(), model: .twoParameter(), options: CalibrationOptions(quadrature: testCase.rule))
        #expect(result.converged)
        // Both sides are exact maximisers; the brief asks for 0.01, they agree to 2e-14 (measured).
        #expect(abs(result.logLikelihood - reference.loglik) < 1e-8)
        for (index, item) in result.items.enumerated() {
            #expect(abs(item.a - reference.a[index]) < 1e-8)
            #expect(abs(item.b - reference.b[index]) < 1e-8)
            let errors = try #require(item.standardErrors)
            #expect(abs((errors.a ?? 0) - (reference.se_a[index] ?? 0)) < 1e-8)
            #expect(abs(errors.b - reference.se_b[index]) < 1e-8)
        }
    }

    @Test("the marginal log-likelihood at the reference estimates is the reference's")
    func likelihoodAtReference() throws {
        let fixture = try SimulationFixture.load()
        let reference = fixture.mml_gauss_hermite_21
        let likelihood = try MarginalLikelihood(
            scores: fixture.scores(), model: .twoParameter(), quadrature: .gaussHermite(nodeCount: 21), scaling: 1)
        let parameters = ItemParameterSet(
            slope: reference.a, intercept: reference.d, guessing: [Double](repeating: 0, count: 10))
        #expect(abs(likelihood.expectation(parameters).logLikelihood - reference.loglik) < 1e-9)
    }

    @Test("recovers the generating parameters to within sampling error (RMSE < 1.5 × RMS standard error)")
    func recovery() throws {
        let fixture = try SimulationFixture.load()
        let result = try ItemCalibration.calibrate(fixture.scores(), model: .twoParameter())
        let rmseA = Self.rootMeanSquare(zip(result.items, fixture.data.generating_a).map { $0.a - $1 })
        let rmseB = Self.rootMeanSquare(zip(result.items, fixture.data.generating_b).map { $0.b - $1 })
        let typicalA = Self.rootMeanSquare(result.items.map { $0.standardErrors?.a ?? .infinity })
        let typicalB = Self.rootMeanSquare(result.items.map { $0.standardErrors?.b ?? .infinity })
        // With 500 candidates the estimates differ from the generating values by sampling error
        // alone (item 6: a = 1.99 generated, 2.69 estimated, 1.2 SE), so the RMSE should be about
        // the RMS standard error: measured RMSE(a) = 0.314 against 0.266, RMSE(b) = 0.177 against
        // 0.177. A bias of a quarter of a unit in b or a would break the bound.
        #expect(rmseA < 1.5 * typicalA)
        #expect(rmseB < 1.5 * typicalB)
        #expect(rmseA < 0.4 && rmseB < 0.27)
    }

    @Test("with 60% of cells removed at random every estimate stays within 3 of its standard errors")
    func sparse() throws {
        let fixture = try SimulationFixture.load()
        let complete = try ItemCalibration.calibrate(fixture.scores(), model: .twoParameter())
        var generator = SplitMix64(seed: 60)
        var cells = fixture.data.responses.flatMap { $0 }
        for index in cells.indices where Double.random(in: 0..<1, using: &generator) < 0.6 {
            cells[index] = SparseScoreMatrix.notAdministered
        }
        let scores = try SparseScoreMatrix(itemCount: 10, rowMajor: cells)
        #expect(abs(Double(scores.administeredCount) / 5000 - 0.4) < 0.02)
        let sparse = try ItemCalibration.calibrate(scores, model: .twoParameter())
        #expect(sparse.converged)
        // Cells missing completely at random leave the estimator consistent but noisier: with
        // 40% of the data each SE grows by about √(1/0.4) ≈ 1.6. The complete-data estimate is
        // the efficient one, so Var(sparse − complete) = Var(sparse) − Var(complete) < Var(sparse)
        // (Hausman 1978): a difference measured in the sparse fit's SEs is at most its z-score,
        // and should be below 3 (measured largest 2.07) with a mean square near
        // 1 − 0.4 = 0.6 (measured 0.90; bound 1.5). A fixed 0.1 would not do: item 7's a moves
        // by 0.68 (SE 0.33 sparse) by chance alone.
        var squares: [Double] = []
        for (full, reduced) in zip(complete.items, sparse.items) {
            let errors = try #require(reduced.standardErrors)
            let seA = try #require(errors.a)
            squares.append(pow((reduced.a - full.a) / seA, 2))
            squares.append(pow((reduced.b - full.b) / errors.b, 2))
        }
        #expect(squares.allSatisfy { $0 < 9 })
        #expect(squares.reduce(0, +) / Double(squares.count) < 1.5)
    }

    @Test("the E-step counts only administered cells")
    func onlyAdministeredCells() throws {
        var generator = SplitMix64(seed: 61)
        let fixture = try SimulationFixture.load()
        var cells = fixture.data.responses.flatMap { $0 }
        for index in cells.indices where Double.random(in: 0..<1, using: &generator) < 0.6 {
            cells[index] = SparseScoreMatrix.notAdministered
        }
        let scores = try SparseScoreMatrix(itemCount: 10, rowMajor: cells)
        let likelihood = MarginalLikelihood(
            scores: scores, model: .twoParameter(), quadrature: .gaussHermite(nodeCount: 21), scaling: 1)
        let parameters = ItemParameterSet(
            slope: fixture.mml_gauss_hermite_21.a, intercept: fixture.mml_gauss_hermite_21.d,
            guessing: [Double](repeating: 0, count: 10))
        let expected = likelihood.expectation(parameters)
        let totals = scores.itemTotals()
        for item in 0..<10 {
            let incorrect = expected.counts[(2 * item) * 21..<(2 * item + 1) * 21].reduce(0, +)
            let correct = expected.counts[(2 * item + 1) * 21..<(2 * item + 2) * 21].reduce(0, +)
            // Σ_q n̄_iq is the number given the item, Σ_q r̄_iq the number who got it right.
            #expect(abs(incorrect + correct - totals.administered[item]) < 1e-9)
            #expect(abs(correct - totals.correct[item]) < 1e-9)
        }
        // log L sums only administered cells: a row's likelihood is Σ_q A_q Π_{administered} P^x Q^(1−x).
        let rule = QuadratureRule.gaussHermite(nodeCount: 21)
        var direct = 0.0
        for row in 0..<scores.rowCount where !scores.responses(ofRow: row).isEmpty {
            var marginal = 0.0
            for (theta, weight) in zip(rule.nodes, rule.weights) {
                var likelihoodAtNode = weight
                for (item, score) in scores.responses(ofRow: row) {
                    let p = 1 / (1 + exp(-(parameters.slope[item] * theta + parameters.intercept[item])))
                    likelihoodAtNode *= score == 1 ? p : 1 - p
                }
                marginal += likelihoodAtNode
            }
            direct += log(marginal)
        }
        #expect(abs(expected.logLikelihood - direct) < 1e-9)
    }

    @Test("per-candidate lists and dense rows with −1 give the same calibration")
    func listsEqualDense() throws {
        let fixture = try SimulationFixture.load()
        var generator = SplitMix64(seed: 62)
        var lists: [[(item: Int, score: UInt8)]] = []
        var cells: [Int8] = []
        for row in fixture.data.responses {
            var list: [(item: Int, score: UInt8)] = []
            for (item, score) in row.enumerated() {
                if Double.random(in: 0..<1, using: &generator) < 0.6 {
                    cells.append(SparseScoreMatrix.notAdministered)
                } else {
                    cells.append(score)
                    list.append((item, UInt8(score)))
                }
            }
            lists.append(list.reversed())
        }
        let fromLists = try ItemCalibration.calibrate(
            SparseScoreMatrix(itemCount: 10, responses: lists), model: .twoParameter())
        let fromDense = try ItemCalibration.calibrate(
            SparseScoreMatrix(itemCount: 10, rowMajor: cells), model: .twoParameter())
        #expect(fromLists == fromDense)
    }

    @Test("five copies of every candidate, as rows or as frequencies, give the same estimates, SE/√5 and 5·log L")
    func replication() throws {
        let fixture = try SimulationFixture.load()
        let once = try ItemCalibration.calibrate(fixture.scores(), model: .twoParameter())
        // 25,000 cells: above RowPartition's threshold, so this run is split over two threads.
        let rows = try SparseScoreMatrix(
            itemCount: 10, rowMajor: [[Int8]](repeating: fixture.data.responses.flatMap { $0 }, count: 5).flatMap { $0 })
        #expect(RowPartition(rows).parts.count == 2)
        let weighted = try SparseScoreMatrix(
            patterns: fixture.data.responses, frequencies: [Double](repeating: 5, count: 500))
        for scores in [rows, weighted] {
            let five = try ItemCalibration.calibrate(scores, model: .twoParameter())
            #expect(abs(five.logLikelihood - 5 * once.logLikelihood) < 1e-7)
            for (single, repeated) in zip(once.items, five.items) {
                #expect(abs(repeated.a - single.a) < 1e-8)
                #expect(abs(repeated.b - single.b) < 1e-8)
                let seSingle = try #require(single.standardErrors)
                let seRepeated = try #require(repeated.standardErrors)
                #expect(abs(seRepeated.b * 5.0.squareRoot() - seSingle.b) < 1e-8)
                #expect(abs((seRepeated.a ?? 0) * 5.0.squareRoot() - (seSingle.a ?? 0)) < 1e-8)
            }
        }
    }

    @Test("D = 1.702 divides a by 1.702 and leaves b and the likelihood unchanged")
    func scaling() throws {
        let fixture = try SimulationFixture.load()
        let logistic = try ItemCalibration.calibrate(fixture.scores(), model: .twoParameter())
        let normal = try ItemCalibration.calibrate(
            fixture.scores(), model: .twoParameter(), options: CalibrationOptions(scaling: ScalingConstant.normalOgive))
        #expect(abs(normal.logLikelihood - logistic.logLikelihood) < 1e-8)
        for (d1, d17) in zip(logistic.items, normal.items) {
            #expect(abs(d17.a * 1.702 - d1.a) < 1e-8)
            #expect(abs(d17.b - d1.b) < 1e-8)
            #expect(abs((d17.standardErrors?.a ?? 0) * 1.702 - (d1.standardErrors?.a ?? 0)) < 1e-8)
        }
    }

    @Test("an item everybody answered correctly cannot be calibrated")
    func constantItem() throws {
        let scores = try SparseScoreMatrix(itemCount: 2, rowMajor: [1, 0, 1, 1, 1, -1, 1, 0])
        #expect(throws: PsychometricsError.itemWithoutVariation(item: 0, administered: 4, correct: 4)) {
            try ItemCalibration.calibrate(scores, model: .rasch)
        }
        let unused = try SparseScoreMatrix(itemCount: 2, rowMajor: [1, -1, 0, -1])
        #expect(throws: PsychometricsError.itemWithoutVariation(item: 1, administered: 0, correct: 0)) {
            try ItemCalibration.calibrate(unused, model: .rasch)
        }
    }

    static func rootMeanSquare(_ values: [Double]) -> Double {
        (values.map { $0 * $0 }.reduce(0, +) / Double(values.count)).squareRoot()
    }
}
