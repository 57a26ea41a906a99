import Foundation
import Testing

@testable import Psychometrics

@Suite("Ability estimator")
struct AbilityEstimatorTests {
    typealias Reference = AbilityEstimationFixture

    // Reference θs are brentq roots to 1e-13; ours are Brent roots to 1e-12, hence 1e-10 on
    // θ and 1e-9 on the SEs computed there. EAP is a finite sum: 1e-12.

    @Test(
        "MLE: θ and SE = 1/√I(θ̂) match the reference; all-correct/all-wrong sit at the bound",
        arguments: Reference.patterns)
    func maximumLikelihood(_ c: Reference.PatternCase) throws {
        let reference = c.pattern.mle
        let bounds = reference.bounds[0]...reference.bounds[1]
        let estimate = try AbilityEstimator.maximumLikelihood(bounds: bounds).estimate(
            responses: c.pattern.correct, on: c.test.pool)
        #expect(abs(estimate.theta - reference.theta) < 1e-10)
        #expect(abs(estimate.standardError - reference.se) < 1e-9)
        #expect(estimate.method == .maximumLikelihood)
        #expect(estimate.localMaxima == reference.localMaxima)
        let extreme = estimate.pattern == .allCorrect || estimate.pattern == .allIncorrect
        #expect(reference.atBound == extreme)
        #expect(estimate.note == (extreme ? .extremePatternAtBound : .interiorMaximum))
    }

    @Test("MAP: θ and SE = 1/√(I(θ̂) + 1/σ²) match the reference for every prior", arguments: Reference.patterns)
    func maximumAPosteriori(_ c: Reference.PatternCase) throws {
        for reference in c.pattern.map {
            let prior = try #require(reference.prior).normal
            let estimator = AbilityEstimator.maximumAPosteriori(
                prior: prior, bounds: reference.bounds[0]...reference.bounds[1])
            let estimate = try estimator.estimate(responses: c.pattern.correct, on: c.test.pool)
            #expect(abs(estimate.theta - reference.theta) < 1e-10, "prior \(prior)")
            #expect(abs(estimate.standardError - reference.se) < 1e-9, "prior \(prior)")
            #expect(estimate.note == .interiorMaximum && !reference.atBound)
            #expect(estimate.localMaxima == reference.localMaxima)
            let observed = c.test.pool.observedInformation(
                at: estimate.theta, administered: Array(0..<c.test.pool.count), responses: c.pattern.correct)
            let seObserved = try #require(reference.seObserved)
            #expect(abs(1 / (observed + prior.information).squareRoot() - seObserved) < 1e-9, "prior \(prior)")
        }
    }

    @Test(
        "EAP: posterior mean and SD match the reference on every grid, trapezoid and rectangle rules",
        arguments: Reference.patterns)
    func expectedAPosteriori(_ c: Reference.PatternCase) throws {
        #expect(c.pattern.eap.count >= 3)
        for reference in c.pattern.eap {
            for rule in QuadratureGrid.Rule.allCases {
                let estimate = try AbilityEstimator.expectedAPosteriori(grid: reference.grid(rule)).estimate(
                    responses: c.pattern.correct, on: c.test.pool)
                let theta = rule == .trapezoid ? reference.theta : reference.thetaRectangle
                let sd = rule == .trapezoid ? reference.psd : reference.psdRectangle
                #expect(
                    abs(estimate.theta - theta) < 1e-12,
                    "\(reference.nqp) points on [\(reference.lower), \(reference.upper)], \(rule)")
                #expect(abs(estimate.standardError - sd) < 1e-12, "\(reference.nqp) points, \(rule)")
                #expect(estimate.note == .posteriorMean && estimate.method == .expectedAPosteriori)
            }
        }
    }

    @Test(
        "WLE: θ and SE match the reference, finite for all-correct/all-wrong patterns", arguments: Reference.patterns)
    func weightedLikelihood(_ c: Reference.PatternCase) throws {
        let reference = c.pattern.wle
        for bounds in [reference.searchRange[0]...reference.searchRange[1], -4...4] {
            let estimate = try AbilityEstimator.weightedLikelihood(bounds: bounds).estimate(
                responses: c.pattern.correct, on: c.test.pool)
            #expect(abs(estimate.theta - reference.theta) < 1e-10, "bounds \(bounds)")
            #expect(abs(estimate.standardError - reference.se) < 1e-9, "bounds \(bounds)")
            #expect(estimate.note == .interiorMaximum && estimate.localMaxima == 1)
        }
    }

    @Test("catR's published values for 2PL items (1, −1), (1.2, 0), (0.8, 1) and responses 1, 0, 1")
    func catRPublished() throws {
        let pool = DichotomousPool(a: [1.0, 1.2, 0.8], b: [-1, 0, 1])
        let responses = [true, false, true]
        let mle = try AbilityEstimator.maximumLikelihood().estimate(responses: responses, on: pool)
        let map = try AbilityEstimator.maximumAPosteriori().estimate(responses: responses, on: pool)
        let eap = try AbilityEstimator.expectedAPosteriori().estimate(responses: responses, on: pool)
        #expect(abs(mle.theta - 0.3248462) < 1e-6)
        #expect(abs(map.theta - 0.1307695) < 1e-6)
        #expect(abs(map.standardError - 0.7705124) < 1e-6)
        #expect(abs(eap.theta - 0.1446946) < 1e-6)
        // Equal weights would give 0.1446993, off by 4.7e-6: the rule matters at this tolerance.
        let rectangle = try AbilityEstimator.expectedAPosteriori(grid: QuadratureGrid(rule: .rectangle)).estimate(
            responses: responses, on: pool)
        #expect(abs(rectangle.theta - 0.1446946) > 4e-6)
    }

    /// 3PL items whose likelihood for the pattern 1,1,1,1,0,1 has two interior maxima, near
    /// θ = −0.633 (log L −5.041) and θ = 2.440 (log L −4.824).
    static let bimodalPool = DichotomousPool(
        a: [2, 2, 2, 2, 1.5, 2.5], b: [-2, -1.5, 1.5, 2, 0, 2.5], c: [0.25, 0.25, 0.25, 0.25, 0.2, 0.2])
    static let bimodalResponses = [true, true, true, true, false, true]

    /// argmax of `objective` on a 1e-4 grid over [−4, 4], computed from `DichotomousItem`.
    static func bruteForceMaximum(_ objective: (Double) -> Double) -> Double {
        var best = (theta: -4.0, value: -Double.infinity)
        for step in 0...80_000 {
            let theta = -4 + Double(step) * 1e-4
            let value = objective(theta)
            if value > best.value { best = (theta, value) }
        }
        return best.theta
    }

    static func bimodalLogLikelihood(_ theta: Double) -> Double {
        var sum = 0.0
        for i in 0..<bimodalPool.count {
            let p = bimodalPool[i].probability(at: theta)
            sum += bimodalResponses[i] ? log(p) : log(1 - p)
        }
        return sum
    }

    @Test("with two local maxima of a 3PL likelihood, MLE and MAP take the global one and count both")
    func multipleLocalMaxima() throws {
        let mle = try AbilityEstimator.maximumLikelihood().estimate(
            responses: Self.bimodalResponses, on: Self.bimodalPool)
        #expect(abs(mle.theta - Self.bruteForceMaximum(Self.bimodalLogLikelihood)) < 1e-4)
        #expect(mle.theta > 2.4 && mle.localMaxima == 2 && mle.note == .interiorMaximum)
        #expect(Self.bimodalLogLikelihood(mle.theta) >= Self.bimodalLogLikelihood(-0.63306))

        // The N(0, 1) prior makes the lower peak the global one.
        let map = try AbilityEstimator.maximumAPosteriori().estimate(
            responses: Self.bimodalResponses, on: Self.bimodalPool)
        let posteriorMode = Self.bruteForceMaximum { Self.bimodalLogLikelihood($0) - $0 * $0 / 2 }
        #expect(abs(map.theta - posteriorMode) < 1e-4)
        #expect(map.theta < 0)
    }

    @Test("a mixed pattern whose maximum lies beyond narrow bounds is reported at the bound")
    func maximumAtBound() throws {
        let pool = AbilityEstimationFixture.shared.cases[1].pool  // 2pl_8items; this pattern's MLE is 2.364
        let responses = [true, true, true, true, true, true, false, true]
        for concave in [true, false] {
            // The same pool with a negligible guessing parameter takes the scanning path.
            let pool = concave ? pool : DichotomousPool(a: pool.a, b: pool.b, c: [Double](repeating: 1e-300, count: 8))
            let estimate = try AbilityEstimator.maximumLikelihood(bounds: -1...1).estimate(
                responses: responses, on: pool)
            #expect(estimate.theta == 1 && estimate.note == .maximumAtBound && estimate.pattern == .mixed)
            #expect(abs(estimate.standardError - 1 / pool.testInformation(at: 1).squareRoot()) < 1e-15)
        }
    }

    @Test("an empty pattern: MLE and WLE throw, MAP and EAP return the prior")
    func emptyPattern() throws {
        let pool = Self.bimodalPool
        #expect(throws: PsychometricsError.noResponses(method: .maximumLikelihood)) {
            try pool.thetaUpdate(administered: [], responses: [], using: .maximumLikelihood())
        }
        #expect(throws: PsychometricsError.noResponses(method: .weightedLikelihood)) {
            try pool.thetaUpdate(administered: [], responses: [], using: .weightedLikelihood())
        }
        let prior = NormalPrior(mean: 0.5, standardDeviation: 1.2)
        let map = try pool.thetaUpdate(administered: [], responses: [], using: .maximumAPosteriori(prior: prior))
        #expect(abs(map.theta - 0.5) < 1e-12 && abs(map.standardError - 1.2) < 1e-15)
        #expect(map.note == .priorOnly && map.pattern == .empty)
        let eap = try pool.thetaUpdate(administered: [], responses: [], using: .expectedAPosteriori())
        #expect(abs(eap.theta) < 1e-15 && abs(eap.standardError - 1) < 2e-3)
        #expect(eap.note == .priorOnly && eap.localMaxima == 0)
    }

    @Test("θ update over administered items, in any order, equals estimating on a pool of just those items")
    func thetaUpdateOnSubset() throws {
        let full = AbilityEstimationFixture.shared.cases[3].pool  // 3pl_8items
        let administered = [6, 1, 3, 0]
        let responses = [true, false, true, true]
        let sub = DichotomousPool(
            a: administered.map { full.a[$0] }, b: administered.map { full.b[$0] }, c: administered.map { full.c[$0] })
        let estimators: [AbilityEstimator] = [
            .maximumLikelihood(), .maximumAPosteriori(), .expectedAPosteriori(), .weightedLikelihood(),
        ]
        for estimator in estimators {
            let update = try full.thetaUpdate(administered: administered, responses: responses, using: estimator)
            let direct = try estimator.estimate(responses: responses, on: sub)
            let reordered = try full.thetaUpdate(
                administered: administered.reversed(), responses: responses.reversed(), using: estimator)
            #expect(abs(update.theta - direct.theta) < 1e-12, "\(estimator.method)")
            #expect(abs(update.standardError - direct.standardError) < 1e-12, "\(estimator.method)")
            #expect(abs(reordered.theta - update.theta) < 1e-10, "\(estimator.method)")
            #expect(update.method == estimator.method)
        }
    }

    @Test("EAP on a 3,000-item test, where every node's likelihood underflows, stays finite and agrees with MAP")
    func longTest() throws {
        let count = 3000
        let b = (0..<count).map { -3 + 6 * Double($0) / Double(count - 1) }
        let pool = DichotomousPool(a: [Double](repeating: 1.3, count: count), b: b)
        // Responses drawn at θ = 0.4 with a low-discrepancy sequence instead of a generator:
        // item i is correct when frac(i·φ) < P_i(0.4).
        let responses = (0..<count).map { i in
            (Double(i) * 0.618_033_988_749_895).truncatingRemainder(dividingBy: 1)
                < pool.probability(ofItem: i, at: 0.4)
        }
        let map = try AbilityEstimator.maximumAPosteriori().estimate(responses: responses, on: pool)
        let likelihood = ResponsePatternLikelihood(pool: pool, indices: nil, responses: responses)
        #expect(likelihood.logLikelihood(at: map.theta) < -1000)  // exp underflows below −745
        let eap = try AbilityEstimator.expectedAPosteriori(grid: QuadratureGrid(points: 801)).estimate(
            responses: responses, on: pool)
        #expect(eap.theta.isFinite && eap.standardError.isFinite)
        #expect(abs(eap.theta - map.theta) < 5e-3 && abs(eap.standardError - map.standardError) < 5e-3)
        #expect(abs(map.theta - 0.4) < 0.2)
    }

    @Test(
        "the estimator names its method",
        arguments: [
            (AbilityEstimator.maximumLikelihood(), "MLE"), (.maximumAPosteriori(), "MAP"),
            (.expectedAPosteriori(), "EAP"), (.weightedLikelihood(), "WLE"),
        ])
    func methodNames(estimator: AbilityEstimator, name: String) {
        #expect(estimator.method.rawValue == name)
    }
}
