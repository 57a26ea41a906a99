import Foundation

@testable import Psychometrics

/// One MML fit of a reference fixture (Tools/reference/README.md, `lsat.json` and
/// `calibration_2pl_sim.json`): slope-intercept estimates, b = −d/a, SEs from the inverse
/// Louis information, and the marginal log-likelihood.
struct ReferenceFit: Decodable {
    let a: [Double]
    let d: [Double]
    let b: [Double]
    let se_a: [Double?]
    let se_d: [Double]
    let se_b: [Double]
    let loglik: Double
}

/// `lsat.json`: LSAT-6 and LSAT-7 pattern tables with reference MML fits and published values.
struct LSATFixture: Decodable {
    struct Pattern: Decodable {
        let pattern: [Int8]
        let frequency: Double
    }
    struct Sections: Decodable {
        let lsat6: [Pattern]
        let lsat7: [Pattern]
    }
    struct Models: Decodable {
        let twoParameter: ReferenceFit
        let raschCommonSlope: ReferenceFit?
        let rasch: ReferenceFit?

        enum CodingKeys: String, CodingKey {
            case twoParameter = "2pl"
            case raschCommonSlope = "rasch_common_slope"
            case rasch = "rasch_a1"
        }
    }
    struct Published: Decodable {
        struct LTM: Decodable {
            let a: [Double]
            let b: [Double]
            let se_a: [Double]
            let se_b: [Double]
            let loglik: Double
        }
        let ltm_2pl_lsat6: LTM
    }

    let data: Sections
    let mml_lsat6_gauss_hermite_21: Models
    let mml_lsat6_rectangular_49: Models
    let mml_lsat7_gauss_hermite_21: Models
    let published: Published

    static func load() throws -> LSATFixture { try Fixture.load("lsat.json") }
}

/// `calibration_2pl_sim.json`: a seeded 500 × 10 2PL simulation with reference MML fits.
struct SimulationFixture: Decodable {
    struct Data: Decodable {
        let generating_a: [Double]
        let generating_b: [Double]
        let responses: [[Int8]]
    }
    let data: Data
    let mml_gauss_hermite_21: ReferenceFit
    let mml_gauss_hermite_41: ReferenceFit
    let mml_rectangular_49: ReferenceFit

    static func load() throws -> SimulationFixture { try Fixture.load("calibration_2pl_sim.json") }

    /// The responses as a complete score matrix.
    func scores() throws -> SparseScoreMatrix {
        try SparseScoreMatrix(itemCount: data.responses[0].count, rowMajor: data.responses.flatMap { $0 })
    }
}

extension LSATFixture.Pattern {
    static func scores(_ patterns: [LSATFixture.Pattern]) throws -> SparseScoreMatrix {
        try SparseScoreMatrix(patterns: patterns.map(\.pattern), frequencies: patterns.map(\.frequency))
    }
}
