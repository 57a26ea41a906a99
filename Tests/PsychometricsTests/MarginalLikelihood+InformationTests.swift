import AssessCore
import Foundation
import Testing

@testable import Psychometrics

/// The analytic gradient and Louis observed information against finite differences of the
/// penalised marginal log-likelihood, for every model (the 3PL, with its priors, has no fixture).
@Suite("Observed information")
struct MarginalLikelihoodInformationTests {
    static let models: [CalibrationModel] = [
        .rasch, .raschCommonSlope, .twoParameter(), .twoParameter(slopePrior: .bilogDefault),
        .threeParameter(), .threeParameter(slopePrior: .bilogDefault),
    ]

    @Test("gradient and information equal central differences (relative 1e-6)", arguments: models)
    func finiteDifferences(model: CalibrationModel) throws {
        // 200 candidates × 6 items, 30% of cells missing, from a seeded 3PL.
        var generator = SplitMix64(seed: 11)
        let items = 6
        var cells: [Int8] = []
        for _ in 0..<200 {
            let theta = generator.nextStandardNormal()
            for item in 0..<items {
                let p = DichotomousItem(a: 0.8 + 0.2 * Double(item), b: -1 + 0.4 * Double(item), c: 0.15)
                    .probability(at: theta)
                let u = Double.random(in: 0..<1, using: &generator)
                let missing = Double.random(in: 0..<1, using: &generator) < 0.3
                cells.append(missing ? -1 : (u < p ? 1 : 0))
            }
        }
        let scores = try SparseScoreMatrix(itemCount: items, rowMajor: cells)
        let likelihood = MarginalLikelihood(
            scores: scores, model: model, quadrature: .gaussHermite(nodeCount: 21), scaling: 1.702)
        // A point away from the maximum, so the gradient is not 0.
        let guessing = model.guessingPrior == nil ? 0.0 : 0.18
        let point = ItemParameterSet(
            slope: [Double](repeating: 1.702 * (model == .rasch ? 1 : 1.1), count: items),
            intercept: (0..<items).map { 0.5 - 0.3 * Double($0) },
            guessing: [Double](repeating: guessing, count: items))
        let layout = likelihood.layout
        let phi = point.vector(layout)
        let objective = { (phi: [Double]) -> Double in
            let parameters = point.replacing(with: phi, layout)
            return likelihood.expectation(parameters).logLikelihood + likelihood.logPrior(parameters)
        }
        let analytic = likelihood.information(at: point)
        let k = layout.parameterCount
        let h = 1e-5
        var largestGradient = 0.0
        for index in 0..<k { largestGradient = max(largestGradient, abs(analytic.gradient[index])) }
        for index in 0..<k {
            var plus = phi
            var minus = phi
            plus[index] += h
            minus[index] -= h
            let numericGradient = (objective(plus) - objective(minus)) / (2 * h)
            #expect(abs(numericGradient - analytic.gradient[index]) < 1e-6 * max(1, largestGradient))
            let gradientPlus = likelihood.information(at: point.replacing(with: plus, layout)).gradient
            let gradientMinus = likelihood.information(at: point.replacing(with: minus, layout)).gradient
            for other in 0..<k {
                let numeric = -(gradientPlus[other] - gradientMinus[other]) / (2 * h)
                let exact = analytic.information[other * k + index]
                #expect(abs(numeric - exact) < 1e-6 * max(1, abs(exact)), "entry (\(other), \(index))")
            }
        }
        #expect(abs(analytic.logLikelihood - likelihood.expectation(point).logLikelihood) < 1e-10)
    }
}
