import AssessCore
import Psychometrics

@testable import Sequencing

/// Shared adaptive designs and a driver that answers from a true θ.
enum AdaptiveFixture {
    /// 400 items over 3 blocks, 8 sets of 3–5, 60 enemy pairs, 20 pretest items.
    static let pool = PoolFixture.pool(
        count: 400, setSizes: [3, 4, 5, 3, 4, 5, 4, 3], setStart: 40, enemyPairs: 60, pretest: 20,
        setDiscrimination: 2.2, seed: 21)

    static let blueprint = PoolFixture.blockBlueprint([
        .shareRange(0.3...0.45), .shareRange(0.3...0.45), .countRange(4...8),
    ])

    static func design(
        selector: any ItemSelector = MaximumInformationSelector(), exposure: ExposureControl = .randomesque(count: 4),
        blueprint: ContentBlueprint? = AdaptiveFixture.blueprint, pretest: [Int] = [],
        minimum: Int = 10, maximum: Int = 30, rules: [any StoppingRule] = [StandardErrorStop(threshold: 0.3)],
        cut: Double? = nil, start: any ThetaInitializer = StartingTheta.fixed(0)
    ) -> AdaptiveDesign {
        AdaptiveDesign(
            start: start, selector: selector, exposure: exposure, blueprint: blueprint,
            pretest: PretestPlan(positions: pretest),
            stopping: AdaptiveStopping(minimumLength: minimum, maximumLength: maximum, rules: rules, cut: cut))
    }

    /// Runs a session to its stop, answering from `trueTheta` with `SplitMix64(seed: responseSeed)`.
    @discardableResult
    static func run(
        _ session: inout AdaptiveSession, trueTheta: Double, responseSeed: UInt64, timeUpAfter: Int? = nil
    ) -> (items: [Int], stop: Step) {
        var generator = SplitMix64(seed: responseSeed)
        var items: [Int] = []
        while true {
            let step = session.next(timeIsUp: timeUpAfter.map { items.count >= $0 } ?? false)
            guard case .administer(let item, _) = step else { return (items, step) }
            items.append(item)
            let p = session.plan.pool.parameters.probability(ofItem: item, at: trueTheta)
            session.record(correct: RandomDraw.unit(using: &generator) < p)
        }
    }
}
