import AssessCore
import Dispatch
import Foundation

/// A simulation study of an adaptive design: N examinees with known θ take the test, their
/// responses drawn from the pool's own IRT model, and the report says how well the design
/// recovers θ, classifies, spreads exposure and keeps to the blueprint.
///
/// Deterministic for a seed however the work is split: examinee i draws everything — true θ,
/// the session seed, each response — from its own generator
/// `SplitMix64(seed: derived(seed, i))`, results are kept per examinee and summarised in
/// index order, so ``threads`` changes the speed, never a digit of the report.
public struct AdaptiveSimulation: Sendable {
    public var design: AdaptiveDesign
    public var pool: SequencerPool
    public var examinees: Int
    public var abilities: AbilityDistribution
    public var seed: UInt64
    /// Boundaries of the θ bands for conditional figures (bands below the first, between
    /// neighbours, above the last).
    public var thetaBands: [Double]
    /// Threads to spread examinees over (examinees are independent).
    public var threads: Int

    public init(
        design: AdaptiveDesign, pool: SequencerPool, examinees: Int = 1000,
        abilities: AbilityDistribution = .normal(mean: 0, standardDeviation: 1), seed: UInt64 = 1,
        thetaBands: [Double] = [-2, -1, 0, 1, 2], threads: Int = 2
    ) {
        self.design = design
        self.pool = pool
        self.examinees = examinees
        self.abilities = abilities
        self.seed = seed
        self.thetaBands = thetaBands
        self.threads = threads
    }

    /// Runs the study.
    ///
    /// - Throws: the errors of ``AdaptiveTest/init(design:pool:)``, and
    ///   ``SequencingError/DesignProblem/invalidSimulation`` for no examinees or a bad
    ///   distribution.
    ///
    /// `progress`, when given, is called from the worker threads with the number of examinees
    /// finished since its previous call (every few examinees), for a progress display; it must
    /// be cheap and thread-safe, and it cannot change any result.
    public func run(progress: (@Sendable (Int) -> Void)? = nil) throws(SequencingError) -> SimulationReport {
        let test = try AdaptiveTest(design: design, pool: pool)
        guard examinees >= 1, abilities.isValid else {
            throw .invalidDesign(.invalidSimulation)
        }
        let results = simulate(test, progress: progress)
        return SimulationReport(examinees: results, plan: test.plan, thetaBands: thetaBands)
    }

    /// Every examinee, in index order, computed on up to ``threads`` threads.
    func simulate(_ test: AdaptiveTest, progress: (@Sendable (Int) -> Void)? = nil) -> [SimulatedExaminee] {
        let grid = abilities.gridPoints
        let chunks = max(1, min(threads, examinees))
        let slots = ResultSlots(count: chunks)
        let seed = seed
        let examinees = examinees
        let abilities = abilities
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * examinees / chunks)..<((chunk + 1) * examinees / chunks)
            var results: [SimulatedExaminee] = []
            results.reserveCapacity(range.count)
            var unreported = 0
            for index in range {
                results.append(
                    Self.simulateExaminee(index, test: test, seed: seed, abilities: abilities, grid: grid))
                unreported += 1
                if let progress, unreported == 16 || index == range.upperBound - 1 {
                    progress(unreported)
                    unreported = 0
                }
            }
            slots.store(results, at: chunk)
        }
        return slots.joined()
    }

    /// One examinee: true θ, then the session, answering each item correctly with probability
    /// P_i(true θ).
    static func simulateExaminee(
        _ index: Int, test: AdaptiveTest, seed: UInt64, abilities: AbilityDistribution, grid: [Double]
    ) -> SimulatedExaminee {
        var generator = SplitMix64(seed: RandomDraw.derivedSeed(seed, index: UInt64(index)))
        let trueTheta = abilities.theta(examinee: index, grid: grid, using: &generator)
        var session = test.session(seed: generator.next())
        let parameters = test.pool.parameters
        var pretest: [Int] = []
        while true {
            switch session.next() {
            case .administer(let item, let isPretest):
                if isPretest { pretest.append(item) }
                let p = parameters.probability(ofItem: item, at: trueTheta)
                session.record(correct: RandomDraw.unit(using: &generator) < p)
            case .stop(let reason, let decision):
                return SimulatedExaminee(
                    index: index, trueTheta: trueTheta, theta: session.theta, standardError: session.standardError,
                    length: session.scoredItems.count, stopReason: reason, decision: decision,
                    meetsBlueprint: test.plan.satisfiesBlueprint(session.areaCounts, length: session.scoredItems.count),
                    items: session.scoredItems, pretestItems: pretest, rejectedItems: session.rejectedItems)
            }
        }
    }
}

/// Per-thread result arrays, filled concurrently at distinct slots.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[SimulatedExaminee]]

    init(count: Int) {
        slots = [[SimulatedExaminee]](repeating: [], count: count)
    }

    func store(_ results: [SimulatedExaminee], at slot: Int) {
        lock.lock()
        slots[slot] = results
        lock.unlock()
    }

    func joined() -> [SimulatedExaminee] {
        lock.lock()
        defer { lock.unlock() }
        return slots.flatMap { $0 }
    }
}
