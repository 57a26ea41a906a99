import Psychometrics
import Testing

/// Tests/Fixtures/psychometrics/ability_estimation.json (see Tools/reference/README.md).
struct AbilityEstimationFixture: Decodable {
    let cases: [Case]

    static let shared: AbilityEstimationFixture = {
        do { return try Fixture.load("ability_estimation.json") } catch { fatalError("\(error)") }
    }()

    /// Every (test, response pattern) pair of the fixture, for parameterised tests.
    static var patterns: [PatternCase] {
        shared.cases.flatMap { test in
            test.patterns.enumerated().map { PatternCase(test: test, number: $0.offset, pattern: $0.element) }
        }
    }

    struct Case: Decodable {
        let id: String
        let items: Items
        let patterns: [Pattern]

        var pool: DichotomousPool {
            DichotomousPool(a: items.a, b: items.b, c: items.c, d: items.d, scaling: items.scaling)
        }
    }

    struct Items: Decodable {
        let a: [Double]
        let b: [Double]
        let c: [Double]
        let d: [Double]
        let scaling: Double

        enum CodingKeys: String, CodingKey {
            case a, b, c, d
            case scaling = "D"
        }
    }

    struct Pattern: Decodable {
        let responses: [Int]
        let mle: Modal
        let map: [Modal]
        let eap: [Posterior]
        let wle: Weighted

        var correct: [Bool] { responses.map { $0 == 1 } }
    }

    struct Modal: Decodable {
        let theta: Double
        let se: Double
        /// MAP only: 1/√(−∂² log posterior).
        let seObserved: Double?
        let atBound: Bool
        let localMaxima: Int
        let prior: Prior?
        let bounds: [Double]

        enum CodingKeys: String, CodingKey {
            case theta, se, prior, bounds
            case atBound = "at_bound"
            case seObserved = "se_observed"
            case localMaxima = "local_maxima_in_range"
        }
    }

    struct Prior: Decodable {
        let mean: Double
        let sd: Double

        var normal: NormalPrior { NormalPrior(mean: mean, standardDeviation: sd) }
    }

    struct Posterior: Decodable {
        let nqp: Int
        let lower: Double
        let upper: Double
        let prior: Prior
        let theta: Double
        let psd: Double
        let thetaRectangle: Double
        let psdRectangle: Double

        enum CodingKeys: String, CodingKey {
            case nqp, lower, upper, prior, theta, psd
            case thetaRectangle = "theta_rectangle"
            case psdRectangle = "psd_rectangle"
        }

        func grid(_ rule: QuadratureGrid.Rule) -> QuadratureGrid {
            QuadratureGrid(points: nqp, range: lower...upper, prior: prior.normal, rule: rule)
        }
    }

    struct Weighted: Decodable {
        let theta: Double
        let se: Double
        let searchRange: [Double]

        enum CodingKeys: String, CodingKey {
            case theta, se
            case searchRange = "search_range"
        }
    }

    /// One response pattern of one test.
    struct PatternCase: CustomTestStringConvertible, Sendable {
        let test: Case
        let number: Int
        let pattern: Pattern

        var testDescription: String { "\(test.id) pattern \(pattern.responses)" }
    }
}
