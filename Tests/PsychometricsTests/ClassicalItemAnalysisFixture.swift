import Testing

@testable import Psychometrics

/// Tests/Fixtures/psychometrics/classical_item_analysis.json (Tools/reference/README.md).
struct ClassicalItemAnalysisFixture: Decodable {
    struct DataSet: Decodable {
        let options: [String]
        let key: [String]
        let responses: [[String?]]
        let scored: [[UInt8]]
        let total_scores: [Int]
    }

    struct Option: Decodable {
        let count: Int
        let proportion: Double
        let point_biserial_with_total: Double?
        let is_key: Bool
    }

    struct Item: Decodable {
        let item: Int
        let n: Int
        let n_responded: Int
        let n_omitted: Int
        let n_correct: Int
        let p_value: Double
        let sd_population: Double
        let sd_sample: Double
        let point_biserial: Double
        let point_biserial_corrected: Double
        let biserial: Double
        let biserial_corrected: Double
        let upper_group_p: Double
        let lower_group_p: Double
        let discrimination_upper_lower: Double
        let alpha_if_deleted: Double
        let options: [String: Option]
    }

    struct Feldt: Decodable {
        let lower: Double
        let upper: Double
        let df1: Int
        let df2: Int
        let upperQuantile: Double
        let lowerQuantile: Double

        enum CodingKeys: String, CodingKey {
            case lower, upper, df1, df2
            case upperQuantile = "F_0.975"
            case lowerQuantile = "F_0.025"
        }
    }

    struct Test: Decodable {
        let n: Int
        let k: Int
        let mean: Double
        let median: Double
        let min: Double
        let max: Double
        let variance_sample: Double
        let variance_population: Double
        let sd_sample: Double
        let sd_population: Double
        let skewness_population_g1: Double
        let skewness_adjusted_G1: Double
        let excess_kurtosis_population_g2: Double
        let excess_kurtosis_adjusted_G2: Double
        let kr20: Double
        let cronbach_alpha: Double
        let alpha_feldt_ci95: Feldt
        let kr21_population_variance: Double
        let kr21_sample_variance: Double
        let sem_sample_sd: Double
        let sem_population_sd: Double
        let spearman_brown_double_length: Double
        let upper_lower_group_size: Int
        let upper_group_candidates: [Int]
        let lower_group_candidates: [Int]
    }

    let data: DataSet
    let items: [Item]
    let test: Test

    static let shared: ClassicalItemAnalysisFixture = {
        do { return try Fixture.load("classical_item_analysis.json") } catch {
            fatalError("classical_item_analysis.json: \(error)")
        }
    }()

    /// The letters' option numbers: A = 0, B = 1, …
    func option(_ letter: String) -> Int8 {
        Int8(data.options.firstIndex(of: letter)!)
    }

    /// The fixture's responses as a ResponseMatrix (null = omitted).
    func responseMatrix() throws -> ResponseMatrix {
        let rowMajor = data.responses.flatMap { row in row.map { $0.map(option) ?? ResponseMatrix.omitted } }
        return try ResponseMatrix(
            candidateCount: data.responses.count, itemCount: data.key.count, rowMajor: rowMajor,
            keys: data.key.map(option), optionCounts: Array(repeating: data.options.count, count: data.key.count))
    }

    /// The fixture's 0/1 scores as a ScoreMatrix.
    func scoreMatrix() throws -> ScoreMatrix {
        try ScoreMatrix(
            candidateCount: data.scored.count, itemCount: data.key.count, rowMajor: data.scored.flatMap { $0 })
    }
}
