import AssessCore
import Psychometrics
import Testing

@testable import Sequencing

@Suite("Exposure control")
struct ExposureControlTests {
    /// 60 single 2PL items in one area, no sets: the first choice at θ = 0 is easy to predict.
    static let pool = PoolFixture.pool(count: 60, areas: ["safety"], threePL: false, seed: 5)

    static var ranking: [Int] {
        pool.items.indices.sorted {
            pool.parameters.information(ofItem: $0, at: 0) > pool.parameters.information(ofItem: $1, at: 0)
        }
    }

    static func firstItem(_ exposure: ExposureControl, seed: UInt64) throws -> (item: Int, session: AdaptiveSession) {
        let design = AdaptiveFixture.design(exposure: exposure, blueprint: nil, maximum: 10, rules: [])
        var session = try AdaptiveTest(design: design, pool: pool).session(seed: seed)
        guard case .administer(let item, _) = session.next() else {
            throw SequencingError.invalidDesign(.invalidSimulation)
        }
        return (item, session)
    }

    @Test("no exposure control: always the most informative item")
    func none() throws {
        for seed in UInt64(0)..<20 { #expect(try Self.firstItem(.none, seed: seed).item == Self.ranking[0]) }
    }

    @Test("randomesque: the first item is one of the k most informative, each about equally often")
    func randomesque() throws {
        let top = Array(Self.ranking.prefix(5))
        var counts: [Int: Int] = [:]
        for seed in UInt64(0)..<1000 {
            counts[try Self.firstItem(.randomesque(count: 5), seed: seed).item, default: 0] += 1
        }
        #expect(Set(counts.keys) == Set(top))
        // 200 expected each, SD √(1000·0.2·0.8) ≈ 12.6.
        for item in top {
            #expect(abs(counts[item, default: 0] - 200) < 60, "item \(item): \(counts[item, default: 0])")
        }
    }

    @Test("Sympson–Hetter: k = 0 never lets the best item through; it is set aside and the next best given")
    func sympsonHetterZero() throws {
        var parameters = [Double](repeating: 1, count: Self.pool.count)
        parameters[Self.ranking[0]] = 0
        for seed in UInt64(0)..<20 {
            let (item, session) = try Self.firstItem(.sympsonHetter(parameters: parameters), seed: seed)
            #expect(item == Self.ranking[1])
            #expect(session.rejectedItems == [Self.ranking[0]])
        }
    }

    @Test("Sympson–Hetter: k = 0.3 lets the best item through in about 30% of tests")
    func sympsonHetterProbability() throws {
        var parameters = [Double](repeating: 1, count: Self.pool.count)
        parameters[Self.ranking[0]] = 0.3
        var through = 0
        for seed in UInt64(0)..<2000
        where try Self.firstItem(.sympsonHetter(parameters: parameters), seed: seed).item == Self.ranking[0] {
            through += 1
        }
        // 600 expected, SD √(2000·0.3·0.7) ≈ 20.5.
        #expect(abs(through - 600) < 80, "\(through)")
    }

    @Test("Sympson–Hetter parameters derived by simulation bring the largest exposure down to the target")
    func derivation() throws {
        let pool = PoolFixture.pool(count: 100, threePL: false, seed: 9)
        let design = AdaptiveFixture.design(exposure: .none, blueprint: nil, minimum: 10, maximum: 10, rules: [])
        let simulation = AdaptiveSimulation(design: design, pool: pool, examinees: 1000, seed: 3)
        let unconstrained = try simulation.run()
        #expect(unconstrained.exposure.maximum == 1)  // a fixed start: everyone gets the same first item
        // 1,000 examinees: a rate's sampling SD near 0.35 is 0.015, so allow 0.03 above the target.
        let derivation = try simulation.deriveSympsonHetterParameters(
            targetMaximumExposure: 0.35, maximumIterations: 15, tolerance: 0.03)
        #expect(derivation.converged, "maximum exposure by iteration: \(derivation.iterations.map(\.maximumExposure))")
        #expect(derivation.iterations.first!.maximumExposure == 1)
        #expect(derivation.iterations.last!.maximumExposure <= 0.38)
        #expect(derivation.parameters.contains { $0 < 1 })
        // The parameters hold on a fresh sample, within sampling error, and spread the items.
        var check = simulation
        check.design.exposure = .sympsonHetter(parameters: derivation.parameters)
        check.seed = 12345
        let controlled = try check.run()
        #expect(controlled.exposure.maximum < 0.42)
        #expect(controlled.exposure.neverUsed < unconstrained.exposure.neverUsed)
        #expect(controlled.exposure.overlapRate < unconstrained.exposure.overlapRate)
        // Reproducible.
        let again = try simulation.deriveSympsonHetterParameters(
            targetMaximumExposure: 0.35, maximumIterations: 15, tolerance: 0.03)
        #expect(again.parameters == derivation.parameters)
    }
}
