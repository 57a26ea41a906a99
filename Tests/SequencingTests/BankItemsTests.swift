import AssessCore
import Psychometrics
import Testing

@testable import Sequencing

/// The whole path from bank items (as the loader gives them) to forms and adaptive tests.
@Suite("Sequencing bank items")
struct BankItemsTests {
    /// 150 items over the five blocks: 3PL parameters, two vignettes of four per block, an enemy
    /// pair per block, and three pilot items per block.
    static let items: [Item] = {
        var generator = SplitMix64(seed: 2026)
        var items: [Item] = []
        for block in Block.allCases {
            for k in 0..<30 {
                let id = "\(block.rawValue.prefix(3).uppercased())-\(k)"
                let irt = IRTParameters(
                    model: .threePL, a: 0.7 + RandomDraw.unit(using: &generator),
                    b: 2 * RandomDraw.unit(using: &generator) - 1, c: 0.2, source: "provisional")
                items.append(
                    Item(
                        id: id, status: k >= 27 ? .pilot : .active, type: .singleBestAnswer, stem: "Question \(id)?",
                        stimulus: k < 8 ? "VIG-\(block.rawValue)-\(k / 4)" : nil,
                        classification: Classification(block: block, module: "\(block.rawValue)-m\(k % 2)"), irt: irt,
                        enemies: k == 10 ? ["\(block.rawValue.prefix(3).uppercased())-11"] : []))
            }
        }
        return items
    }()

    static let blueprint = ContentBlueprint(
        level: .block, areas: Block.allCases.map { .init(key: $0.rawValue, requirement: .shareRange(0.15...0.25)) })

    @Test("adaptive certification test from bank items: blueprint, enemies, vignettes and pretest items hold")
    func adaptive() throws {
        let pool = try SequencerPool(items: Self.items)
        let design = AdaptiveDesign(
            start: StartingTheta.previousAttempt(fallback: 0), exposure: .randomesque(count: 3),
            blueprint: Self.blueprint, pretest: PretestPlan(positions: [6, 14]),
            stopping: AdaptiveStopping(
                minimumLength: 20, maximumLength: 40, rules: [ConfidenceIntervalStop()], cut: 0.1))
        let test = try AdaptiveTest(design: design, pool: pool)
        for seed in UInt64(0)..<100 {
            var session = test.session(seed: seed, previousTheta: seed % 3 == 0 ? 0.5 : nil)
            let run = AdaptiveFixture.run(&session, trueTheta: Double(Int(seed % 5)) - 2, responseSeed: seed)
            guard case .stop(let reason, let decision) = run.stop else { continue }
            #expect([StopReason.confidenceInterval, .maximumLength].contains(reason))
            #expect(decision != nil)
            #expect(test.plan.satisfiesBlueprint(session.areaCounts, length: session.scoredItems.count))
            #expect(!PoolFixture.holdsEnemies(run.items, in: pool))
            #expect(PoolFixture.setsAreContiguous(session.scoredItems, in: pool))
            #expect(session.history.filter(\.isPretest).allSatisfy { pool.items[$0.item].isPretest })
        }
    }

    @Test("random module forms from bank items: exact counts by module, whole vignettes")
    func randomForm() throws {
        let safety = Self.items.filter { $0.classification.block == .safety }
        let pool = try SequencerPool(items: safety)
        let blueprint = ContentBlueprint(
            level: .module,
            areas: [
                .init(key: "safety-m0", requirement: .share(0.5)), .init(key: "safety-m1", requirement: .share(0.5)),
            ])
        for seed in UInt64(0)..<100 {
            var generator = SplitMix64(seed: seed)
            let form = try RandomFormDesign(length: 12, blueprint: blueprint).assemble(from: pool, using: &generator)
            #expect(form.filter { pool.items[$0].module == "safety-m0" }.count == 6)
            #expect(PoolFixture.setsAreContiguous(form, in: pool) && !PoolFixture.holdsEnemies(form, in: pool))
        }
    }
}
