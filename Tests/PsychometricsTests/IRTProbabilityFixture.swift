import Psychometrics
import Testing

/// Tests/Fixtures/psychometrics/irt_probability_information.json (see Tools/reference/README.md).
struct IRTProbabilityFixture: Decodable {
    let thetaGrid: [Double]
    let items: [ItemCase]
    let tests: [TestCase]

    enum CodingKeys: String, CodingKey {
        case thetaGrid = "theta_grid"
        case items, tests
    }

    static let shared: IRTProbabilityFixture = {
        do { return try Fixture.load("irt_probability_information.json") } catch { fatalError("\(error)") }
    }()

    /// One item and its table over the θ grid.
    struct ItemCase: Decodable, CustomTestStringConvertible {
        let id: String
        let model: String
        let params: Parameters
        let table: [Row]

        var testDescription: String { id }
    }

    /// Item parameters; `b` is one number for dichotomous items and a list for GRM/GPCM.
    struct Parameters: Decodable {
        let a: Double
        let b: [Double]
        let c: Double
        let d: Double
        let scaling: Double

        enum CodingKeys: String, CodingKey {
            case a, b, c, d
            case scaling = "D"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            a = try container.decode(Double.self, forKey: .a)
            if let list = try? container.decode([Double].self, forKey: .b) {
                b = list
            } else {
                b = [try container.decode(Double.self, forKey: .b)]
            }
            c = try container.decodeIfPresent(Double.self, forKey: .c) ?? 0
            d = try container.decodeIfPresent(Double.self, forKey: .d) ?? 1
            scaling = try container.decode(Double.self, forKey: .scaling)
        }
    }

    struct Row: Decodable {
        let theta: Double
        let pCorrect: Double?
        let pIncorrect: Double?
        let slope: Double?
        let information: Double
        let categoryProbabilities: [Double]?
        let expectedScore: Double?

        enum CodingKeys: String, CodingKey {
            case theta, information
            case pCorrect = "p_correct"
            case pIncorrect = "p_incorrect"
            case slope = "dp_dtheta"
            case categoryProbabilities = "category_probabilities"
            case expectedScore = "expected_score"
        }
    }

    /// A small test with its TCC table and TCC inverse.
    struct TestCase: Decodable, CustomTestStringConvertible {
        let id: String
        let items: [TestItemParameters]
        let tccRange: Range
        let table: [TestRow]
        let tccInverse: [InverseRow]

        var testDescription: String { id }

        enum CodingKeys: String, CodingKey {
            case id, items, table
            case tccRange = "tcc_range"
            case tccInverse = "tcc_inverse"
        }
    }

    struct TestItemParameters: Decodable {
        let model: String
        let parameters: Parameters

        enum CodingKeys: String, CodingKey { case model }

        init(from decoder: any Decoder) throws {
            model = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .model)
            parameters = try Parameters(from: decoder)
        }
    }

    struct Range: Decodable {
        let lowest: Double
        let highest: Double

        enum CodingKeys: String, CodingKey {
            case lowest = "lower_asymptote_sum"
            case highest = "upper_asymptote_sum"
        }
    }

    struct TestRow: Decodable {
        let theta: Double
        let testInformation: Double
        let tcc: Double
        let itemExpectedScores: [Double]
        let itemInformation: [Double]

        enum CodingKeys: String, CodingKey {
            case theta, tcc
            case testInformation = "test_information"
            case itemExpectedScores = "item_expected_scores"
            case itemInformation = "item_information"
        }
    }

    struct InverseRow: Decodable {
        let rawScore: Double
        let theta: Double?

        enum CodingKeys: String, CodingKey {
            case theta
            case rawScore = "raw_score"
        }
    }

    static func cases(_ models: Set<String>) -> [ItemCase] { shared.items.filter { models.contains($0.model) } }
}
