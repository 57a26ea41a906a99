import AssessCore
import Psychometrics
import Testing

@testable import Sequencing

@Suite("Adaptive simulation")
struct AdaptiveSimulationTests {
    static let pool = PoolFixture.pool(count: 500, threePL: false, seed: 17)

    static func study(
        threads: Int = 2, examinees: Int = 600, abilities: AbilityDistribution = .normal(mean: 0, standardDeviation: 1),
        cut: Double? = 0.3,
        blueprint: ContentBlueprint? = PoolFixture.blockBlueprint([.share(0.4), .share(0.4), .share(0.2)])
    ) -> AdaptiveSimulation {
        let design = AdaptiveFixture.design(
            exposure: .randomesque(count: 3), blueprint: blueprint, pretest: [4], minimum: 20, maximum: 20, rules: [],
            cut: cut)
        return AdaptiveSimulation(
            design: design, pool: pool, examinees: examinees, abilities: abilities, seed: 2024, threads: threads)
    }

    @Test("1, 2 and 3 threads give identical examinees and identical reports")
    func threadInvariance() throws {
        let reports = try [1, 2, 3].map { try Self.study(threads: $0).run() }
        for report in reports.dropFirst() {
            #expect(report.examinees == reports[0].examinees)
            #expect(report.rmse == reports[0].rmse && report.bias == reports[0].bias)
            #expect(report.exposure == reports[0].exposure && report.bands == reports[0].bands)
            #expect(report.classification == reports[0].classification)
        }
        #expect(reports[0].examinees.map(\.index) == Array(0..<600))
    }

    @Test("CAT recovers θ better than a linear form of equal length on the same pool")
    func catBeatsLinear() throws {
        let report = try Self.study(examinees: 1000, blueprint: nil).run()
        // Linear: the same 20 items for everyone (a seeded random form), scored by the same
        // estimators, for the same true θs and response draws style.
        var generator = SplitMix64(seed: 77)
        let form = Array(LinearDesign(order: .shuffled).form(from: Self.pool, using: &generator).prefix(20))
        let estimation = ThetaEstimation()
        var squared = 0.0
        for examinee in report.examinees {
            var responses: [Bool] = []
            for item in form {
                responses.append(
                    RandomDraw.unit(using: &generator)
                        < Self.pool.parameters.probability(ofItem: item, at: examinee.trueTheta))
            }
            let estimate = try #require(
                estimation.estimate(on: Self.pool.parameters, administered: form, responses: responses))
            squared += (estimate.theta - examinee.trueTheta) * (estimate.theta - examinee.trueTheta)
        }
        let linearRMSE = (squared / Double(report.examinees.count)).squareRoot()
        #expect(report.rmse < 0.85 * linearRMSE, "CAT \(report.rmse) vs linear \(linearRMSE)")
        #expect(abs(report.bias) < 0.05)
    }

    @Test("report figures follow their definitions (checked against brute force)")
    func definitions() throws {
        let report = try Self.study(examinees: 300).run()
        let examinees = report.examinees
        let n = Double(examinees.count)
        // RMSE and bias.
        let rmse = (examinees.reduce(0.0) { $0 + ($1.theta - $1.trueTheta) * ($1.theta - $1.trueTheta) } / n)
            .squareRoot()
        #expect(abs(report.rmse - rmse) < 1e-12)
        // Overlap: the average over pairs of shared items / mean length.
        var shared = 0
        for i in examinees.indices {
            let mine = Set(examinees[i].items)
            for j in examinees.indices where j != i { shared += examinees[j].items.filter(mine.contains).count }
        }
        let meanLength = examinees.reduce(0.0) { $0 + Double($1.length) } / n
        #expect(abs(report.exposure.overlapRate - Double(shared) / (n * (n - 1) * meanLength)) < 1e-12)
        // Fixed length 20: Chen, Ankenmann & Spray's N/(N−1)·Σr²/L − 1/(N−1).
        let operational = Self.pool.items.indices.filter { !Self.pool.items[$0].isPretest }
        let sumSquares = operational.reduce(0.0) { $0 + report.exposure.rates[$1] * report.exposure.rates[$1] }
        #expect(abs(report.exposure.overlapRate - (n / (n - 1) * sumSquares / 20 - 1 / (n - 1))) < 1e-12)
        // Exposure mean is L / items for a fixed length.
        #expect(abs(report.exposure.mean - 20 / Double(report.exposure.operationalItems)) < 1e-12)
        #expect(report.exposure.neverUsed == operational.filter { report.exposure.rates[$0] == 0 }.count)
        // Classification counts add up; rates are shares of everyone.
        let classification = try #require(report.classification)
        #expect(
            classification.correct + classification.falsePasses + classification.falseFails + classification.undecided
                == 300)
        #expect(classification.falsePasses == examinees.filter { $0.decision == .pass && $0.trueTheta <= 0.3 }.count)
        #expect(abs(classification.falsePassRate - Double(classification.falsePasses) / n) < 1e-15)
        #expect(classification.accuracy > 0.85)
        // Bands partition the examinees.
        #expect(report.bands.reduce(0) { $0 + $1.count } == 300)
        #expect(report.length == .init(mean: 20, standardDeviation: 0, minimum: 20, maximum: 20))
        #expect(report.stopReasons == [.init(reason: .maximumLength, count: 300)])
        #expect(report.blueprintMet == 300 && report.blueprintMetShare == 1)
    }

    @Test("a θ grid cycles examinees over its points; conditional SE is smallest near the pool's centre")
    func grid() throws {
        let study = Self.study(examinees: 700, abilities: .grid(-3...3, step: 1), blueprint: nil)
        #expect(study.abilities.gridPoints == [-3, -2, -1, 0, 1, 2, 3])
        let report = try study.run()
        #expect(report.examinees.prefix(7).map(\.trueTheta) == [-3, -2, -1, 0, 1, 2, 3])
        let centre = report.bands.first { $0.lower == 0 }!
        let edge = report.bands.first { $0.lower == 2 }!
        #expect(centre.count == 100 && centre.meanStandardError < edge.meanStandardError)
    }

    @Test("a variable-length study with content balancing meets the blueprint in 100% of tests")
    func blueprintShare() throws {
        var study = Self.study(examinees: 400)
        study.design.stopping = AdaptiveStopping(
            minimumLength: 12, maximumLength: 40, rules: [ConfidenceIntervalStop(), StandardErrorStop(threshold: 0.3)],
            cut: 0.3)
        study.design.blueprint = PoolFixture.blockBlueprint([
            .shareRange(0.35...0.45), .shareRange(0.35...0.45), .countRange(3...10),
        ])
        let report = try study.run()
        #expect(report.blueprintMetShare == 1)
        #expect(report.length.minimum >= 12 && report.length.maximum <= 40)
        #expect(
            Set(report.stopReasons.map(\.reason)).isSubset(of: [.confidenceInterval, .standardError, .maximumLength]))
    }

    @Test("bad studies are refused")
    func invalid() {
        #expect(throws: SequencingError.invalidDesign(.invalidSimulation)) { try Self.study(examinees: 0).run() }
        #expect(throws: SequencingError.invalidDesign(.invalidSimulation)) {
            try Self.study(abilities: .normal(mean: 0, standardDeviation: 0)).run()
        }
    }
}
