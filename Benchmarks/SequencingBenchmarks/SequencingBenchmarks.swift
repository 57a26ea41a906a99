import AssessCore
import Benchmark
import Psychometrics
import Sequencing

/// A 10,000-item 3PL pool over the five blocks (a ~ U(0.5, 2), b ~ U(−2.5, 2.5),
/// c ~ U(0.1, 0.25)), from a fixed seed so that every run measures the same data.
func syntheticPool(count: Int, seed: UInt64) -> SequencerPool {
    var random = SplitMix64(seed: seed)
    func unit() -> Double { Double(random.next() >> 11) * 0x1p-53 }
    let blocks = Block.allCases.map(\.rawValue)
    let items = (0..<count).map { index in
        SequencerItem(
            id: "I\(index)", block: blocks[index % blocks.count],
            parameters: DichotomousItem(a: 0.5 + 1.5 * unit(), b: -2.5 + 5 * unit(), c: 0.1 + 0.15 * unit()))
    }
    guard let pool = try? SequencerPool(items: items) else { fatalError("the synthetic pool is valid") }
    return pool
}

/// The certification design's shape: block share ranges with constrained balancing,
/// randomesque k = 5, EAP (41 points), lengths 20–60 with the SE rule.
func certificationDesign(estimator: AbilityEstimator) -> AdaptiveDesign {
    let shares: [ClosedRange<Double>] = [0.13...0.17, 0.28...0.32, 0.18...0.22, 0.18...0.22, 0.13...0.17]
    let blueprint = ContentBlueprint(
        level: .block,
        areas: zip(Block.allCases, shares).map { ContentBlueprint.Area(key: $0.rawValue, requirement: .shareRange($1)) })
    return AdaptiveDesign(
        estimation: ThetaEstimation(estimator: estimator, earlyEstimator: nil), exposure: .randomesque(count: 5),
        blueprint: blueprint,
        stopping: AdaptiveStopping(minimumLength: 20, maximumLength: 60, rules: [StandardErrorStop(threshold: 0.2)]))
}

/// A session after `answered` scored responses (answered from θ = 0.4), with the next item pending.
func session(of test: AdaptiveTest, answered: Int) -> AdaptiveSession {
    var session = test.session(seed: 11)
    var random = SplitMix64(seed: 5)
    for _ in 0..<answered {
        guard case .administer(let item, _) = session.next() else { fatalError("the test stopped early") }
        let p = test.pool.parameters.probability(ofItem: item, at: 0.4)
        session.record(correct: Double(random.next() >> 11) * 0x1p-53 < p)
    }
    _ = session.next()
    return session
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal], maxDuration: .seconds(3))
    let pool = syntheticPool(count: 10_000, seed: 2026)

    Benchmark("baseline: an empty loop (the harness's own allocations)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(1) }
    }

    for (name, estimator) in [("EAP 41 points", AbilityEstimator.expectedAPosteriori(grid: QuadratureGrid(points: 41))),
        ("MLE", .maximumLikelihood())]
    {
        guard let test = try? AdaptiveTest(design: certificationDesign(estimator: estimator), pool: pool) else {
            fatalError("the design is valid")
        }
        // One step after 30 answered items: record the pending response (θ update over 31 items), then
        // choose the next item (blueprint area, information of every eligible item in it, top 5, draw).
        // The session is copied from a prepared one each iteration; the copy's first write copies its
        // pool-sized arrays, so the figure includes that (a real session does not pay it).
        let prepared = session(of: test, answered: 30)
        Benchmark("one adaptive step, 10,000 items, \(name): θ update + balanced randomesque selection (incl. session copy)") {
            benchmark in
            for _ in benchmark.scaledIterations {
                var step = prepared
                step.record(correct: true)
                blackHole(step.next())
            }
        }
        // A whole 40-item test from a new session, for the per-step cost without the copy.
        Benchmark("a whole 40-item test, 10,000 items, \(name) (divide by 40 for a step)") { benchmark in
            var random = SplitMix64(seed: 3)
            for iteration in benchmark.scaledIterations {
                var session = test.session(seed: UInt64(iteration))
                for _ in 0..<40 {
                    guard case .administer(let item, _) = session.next() else { break }
                    let p = pool.parameters.probability(ofItem: item, at: 0.4)
                    session.record(correct: Double(random.next() >> 11) * 0x1p-53 < p)
                }
                blackHole(session.theta)
            }
        }
    }
}
