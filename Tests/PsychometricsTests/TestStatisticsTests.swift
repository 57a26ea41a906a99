import Foundation
import Testing

@testable import Psychometrics

@Suite("Test statistics")
struct TestStatisticsTests {
    static let fixture = ClassicalItemAnalysisFixture.shared

    /// lsat.json: `data.lsat6` / `data.lsat7` as response patterns with frequencies.
    struct LSAT: Decodable {
        struct Pattern: Decodable {
            let pattern: [UInt8]
            let frequency: Int
        }
        struct Section: Decodable {
            let item_p_values: [Double]
            let cronbach_alpha: Double
        }
        struct Sections<Value: Decodable>: Decodable {
            let lsat6: Value
            let lsat7: Value
            subscript(name: String) -> Value { name == "lsat6" ? lsat6 : lsat7 }
        }
        let data: Sections<[Pattern]>
        let descriptives: Sections<Section>
    }

    @Test("every total-score statistic matches the reference fixture")
    func matchesFixture() throws {
        let expected = Self.fixture.test
        let test = try ClassicalAnalysis(responses: Self.fixture.responseMatrix()).test
        #expect(test.candidateCount == expected.n && test.itemCount == expected.k)
        #expect(test.mean == expected.mean)
        #expect(test.median == expected.median)
        #expect(test.minimum == expected.min && test.maximum == expected.max)
        expectClose(test.varianceSample, expected.variance_sample, "sample variance")
        expectClose(test.variancePopulation, expected.variance_population, "population variance")
        expectClose(test.standardDeviationSample, expected.sd_sample, "sample SD")
        expectClose(test.standardDeviationPopulation, expected.sd_population, "population SD")
        expectClose(test.skewness, expected.skewness_population_g1, "g1")
        expectClose(test.skewnessAdjusted, expected.skewness_adjusted_G1, "G1")
        expectClose(test.excessKurtosis, expected.excess_kurtosis_population_g2, "g2")
        expectClose(test.excessKurtosisAdjusted, expected.excess_kurtosis_adjusted_G2, "G2")
        expectClose(test.kr20, expected.kr20, "KR-20")
        expectClose(test.cronbachAlpha, expected.cronbach_alpha, "α")
        expectClose(test.kr21, expected.kr21_population_variance, "KR-21 (population variance)")
        expectClose(test.kr21SampleVariance, expected.kr21_sample_variance, "KR-21 (sample variance)")
        expectClose(test.standardErrorOfMeasurement, expected.sem_sample_sd, "SEM (sample SD)")
        expectClose(test.standardErrorOfMeasurementPopulation, expected.sem_population_sd, "SEM (population SD)")
        expectClose(test.spearmanBrownDoubleLength, expected.spearman_brown_double_length, "Spearman–Brown ×2")
        #expect(
            test.alphaInterval?.lower
                == test.cronbachAlpha.map { FeldtInterval(alpha: $0, candidateCount: 40, itemCount: 8).lower })
    }

    @Test(
        "Cronbach's α and the p-values of LSAT-6 and LSAT-7, expanded from response patterns",
        arguments: ["lsat6", "lsat7"])
    func lsat(section: String) throws {
        let lsat = try Fixture.load("lsat.json", as: LSAT.self)
        let patterns = lsat.data[section]
        let rows = patterns.flatMap { Array(repeating: $0.pattern, count: $0.frequency) }
        #expect(rows.count == 1000)
        let scores = try ScoreMatrix(candidateCount: rows.count, itemCount: 5, rowMajor: rows.flatMap { $0 })
        let analysis = try ClassicalAnalysis(scores: scores)
        let expected = lsat.descriptives[section]
        expectClose(analysis.test.cronbachAlpha, expected.cronbach_alpha, "α of \(section)")
        #expect(analysis.items.map(\.pValue) == expected.item_p_values.map(Optional.some))
        if section == "lsat7" {
            // The published value (Bock & Lieberman 1970 data; psych::alpha), to its 7 decimals.
            expectClose(analysis.test.cronbachAlpha, 0.4534087, tolerance: 5e-8, "published LSAT-7 α")
        }
    }

    @Test("sparse data have no classical reliability, but location and spread")
    func sparseHasNoReliability() throws {
        let x = ScoreMatrix.notAdministered
        let rows: [[UInt8]] = [[1, 1, x], [0, 1, 1], [1, 0, 0], [0, 0, 1], [1, 1, 1]]
        let test = try ClassicalAnalysis(
            scores: ScoreMatrix(candidateCount: 5, itemCount: 3, rowMajor: rows.flatMap { $0 })
        )
        .test
        #expect(test.mean == 1.8 && test.median == 2 && test.minimum == 1 && test.maximum == 3)
        #expect(test.cronbachAlpha == nil && test.kr20 == nil && test.kr21 == nil && test.alphaInterval == nil)
        #expect(test.standardErrorOfMeasurement == nil && test.spearmanBrownDoubleLength == nil)
    }

    @Test("constant totals leave shape and reliability undefined (nil, not NaN)")
    func constantTotals() throws {
        let rows: [[UInt8]] = [[1, 0], [0, 1], [1, 0]]
        let test = try ClassicalAnalysis(
            scores: ScoreMatrix(candidateCount: 3, itemCount: 2, rowMajor: rows.flatMap { $0 })
        )
        .test
        #expect(test.variancePopulation == 0 && test.varianceSample == 0)
        #expect(test.skewness == nil && test.skewnessAdjusted == nil)
        #expect(test.excessKurtosis == nil && test.excessKurtosisAdjusted == nil)
        #expect(test.cronbachAlpha == nil && test.standardErrorOfMeasurementPopulation == nil)
    }

    @Test("a single candidate has a mean and a median but no sample variance")
    func singleCandidate() throws {
        let test = try ClassicalAnalysis(scores: ScoreMatrix(candidateCount: 1, itemCount: 3, rowMajor: [1, 0, 1])).test
        #expect(test.mean == 2 && test.median == 2)
        #expect(test.varianceSample == nil && test.standardDeviationSample == nil)
        #expect(test.cronbachAlpha == nil)
    }

    @Test(
        "the median averages the two middle totals when N is even",
        arguments: [
            ([[1, 1], [0, 0], [1, 0], [1, 1]], 1.5),
            ([[1, 1], [0, 0], [1, 0]], 1.0),
            ([[0, 0], [0, 0], [1, 1], [1, 1]], 1.0),
        ] as [([[UInt8]], Double)])
    func median(rows: [[UInt8]], median: Double) throws {
        let scores = try ScoreMatrix(candidateCount: rows.count, itemCount: 2, rowMajor: rows.flatMap { $0 })
        #expect(try ClassicalAnalysis(scores: scores).test.median == median)
    }

    @Test("no candidates is an error, not a trap")
    func noCandidates() throws {
        let scores = try ScoreMatrix(candidateCount: 0, itemCount: 4, rowMajor: [])
        #expect(throws: PsychometricsError.noCandidates) { try ClassicalAnalysis(scores: scores) }
    }
}
