import AssessCore
import Testing

@testable import Sequencing

@Suite("Random forms (LOFT)")
struct RandomFormDesignTests {
    // 300 items over 3 blocks; 10 sets of 3–5 items; 40 enemy pairs; 10 pretest items.
    static let pool = PoolFixture.pool(
        count: 300, setSizes: [3, 4, 5, 3, 4, 5, 3, 4, 5, 4], setStart: 100, enemyPairs: 40, pretest: 10)

    static func counts(_ form: [Int], level: ContentLevel = .block, in pool: SequencerPool) -> [String: Int] {
        var counts: [String: Int] = [:]
        for item in form { counts[pool.items[item].contentKey(at: level)!, default: 0] += 1 }
        return counts
    }

    @Test("200 seeds: exact blueprint counts (largest remainder), no enemies together, sets whole and contiguous")
    func blueprintOverSeeds() throws {
        let blueprint = PoolFixture.blockBlueprint([.share(0.45), .share(0.35), .share(0.2)])
        // 25·(0.45, 0.35, 0.2) = 11.25, 8.75, 5: floors 11, 8, 5, one left → the .75.
        let design = RandomFormDesign(length: 25, blueprint: blueprint)
        var forms = Set<[Int]>()
        for seed in UInt64(0)..<200 {
            var generator = SplitMix64(seed: seed)
            let form = try design.assemble(from: Self.pool, using: &generator)
            #expect(form.count == 25 && Set(form).count == 25)
            #expect(Self.counts(form, in: Self.pool) == ["foundations": 11, "safety": 9, "legal": 5])
            #expect(!PoolFixture.holdsEnemies(form, in: Self.pool))
            #expect(PoolFixture.setsAreContiguous(form, in: Self.pool))
            #expect(form.allSatisfy { !Self.pool.items[$0].isPretest })
            // Whole sets only: a set on the form has all its scored members.
            for set in Set(form.compactMap { Self.pool.items[$0].stimulusSet }) {
                #expect(Self.pool.stimulusSets[set].members.allSatisfy(form.contains))
            }
            var again = SplitMix64(seed: seed)
            #expect(try design.assemble(from: Self.pool, using: &again) == form)
            forms.insert(form)
        }
        #expect(forms.count == 200)
    }

    @Test("200 seeds: min–max counts and share ranges are met with stimulus sets in play")
    func ranges() throws {
        let blueprint = PoolFixture.blockBlueprint([.countRange(6...10), .shareRange(0.3...0.5), .countRange(4...8)])
        let design = RandomFormDesign(length: 20, blueprint: blueprint, order: .pool)
        for seed in UInt64(0)..<200 {
            var generator = SplitMix64(seed: seed)
            let form = try design.assemble(from: Self.pool, using: &generator)
            let counts = Self.counts(form, in: Self.pool)
            #expect((6...10).contains(counts["foundations", default: 0]))
            #expect((6...10).contains(counts["safety", default: 0]))
            #expect((4...8).contains(counts["legal", default: 0]))
            #expect(form.count == 20 && !PoolFixture.holdsEnemies(form, in: Self.pool))
            #expect(PoolFixture.setsAreContiguous(form, in: Self.pool))
            // Pool order: units ascend by their first item (the fixture's sets are runs of the pool).
            #expect(form == form.sorted())
        }
    }

    @Test("too few items in an area is reported with the numbers")
    func tooFewInArea() {
        let blueprint = PoolFixture.blockBlueprint([.countRange(0...200), .countRange(0...200), .countRange(150...200)])
        let available = Self.pool.items.filter { !$0.isPretest && $0.block == "legal" }.count
        var generator = SplitMix64(seed: 1)
        #expect(throws: SequencingError.infeasibleForm(.tooFewItems(area: "legal", needed: 150, available: available)))
        {
            try RandomFormDesign(length: 200, blueprint: blueprint).assemble(from: Self.pool, using: &generator)
        }
    }

    @Test("a length outside the blueprint's totals is reported")
    func lengthOutside() {
        let blueprint = PoolFixture.blockBlueprint([.countRange(1...2), .countRange(1...2), .countRange(1...2)])
        var generator = SplitMix64(seed: 1)
        #expect(
            throws: SequencingError.infeasibleForm(
                .lengthOutsideBlueprint(length: 10, minimumTotal: 3, maximumTotal: 6))
        ) {
            try RandomFormDesign(length: 10, blueprint: blueprint).assemble(from: Self.pool, using: &generator)
        }
    }

    /// Four single items where every pair but (2, 3) are enemies: at most two can meet, so a
    /// form of 3 is impossible, though one of 3 exists without the enemies.
    @Test("enemies that leave no form are named as the reason")
    func enemiesPrevent() throws {
        var items = (0..<4).map { SequencerItem(id: "E\($0)") }
        items[0].enemies = [1, 2, 3]
        items[1].enemies = [2, 3]
        let pool = try SequencerPool(items: items)
        var generator = SplitMix64(seed: 3)
        #expect(throws: SequencingError.infeasibleForm(.enemiesPreventForm)) {
            try RandomFormDesign(length: 3).assemble(from: pool, using: &generator)
        }
    }

    @Test("whole sets that cannot make the exact count are named; trimming to fit resolves it")
    func setsPrevent() throws {
        // Area x: two sets of 3; area y: 4 singles. x must get exactly 4.
        var items = (0..<10).map { SequencerItem(id: "S\($0)", block: $0 < 6 ? "x" : "y") }
        for i in 0..<3 { items[i].stimulus = "V1" }
        for i in 3..<6 { items[i].stimulus = "V2" }
        let pool = try SequencerPool(items: items)
        let blueprint = ContentBlueprint(
            level: .block,
            areas: [.init(key: "x", requirement: .countRange(4...4)), .init(key: "y", requirement: .countRange(2...2))])
        var generator = SplitMix64(seed: 5)
        #expect(throws: SequencingError.infeasibleForm(.stimulusSetsPreventExactCounts)) {
            try RandomFormDesign(length: 6, blueprint: blueprint).assemble(from: pool, using: &generator)
        }
        let trimming = RandomFormDesign(length: 6, blueprint: blueprint, stimulusSets: .trimToFit(minimumItems: 1))
        for seed in UInt64(0)..<50 {
            var generator = SplitMix64(seed: seed)
            let form = try trimming.assemble(from: pool, using: &generator)
            #expect(form.filter { $0 < 6 }.count == 4 && form.filter { $0 >= 6 }.count == 2)
            #expect(PoolFixture.setsAreContiguous(form, in: pool))
            // A trimmed set keeps its leading items: V1 as 0, 0–1 or 0–1–2; V2 as 3, 3–4 or 3–4–5.
            for set in [[0, 1, 2], [3, 4, 5]] {
                let kept = form.filter(set.contains)
                #expect(kept == Array(set.prefix(kept.count)))
            }
        }
    }

    @Test("a pool smaller than the length is reported")
    func tooFewInPool() {
        var generator = SplitMix64(seed: 1)
        #expect(throws: SequencingError.infeasibleForm(.tooFewItemsInPool(needed: 400, available: 290))) {
            try RandomFormDesign(length: 400).assemble(from: Self.pool, using: &generator)
        }
    }

    @Test("each area's items are drawn evenly: every foundations item appears in 2,000 forms near its expected share")
    func evenDraws() throws {
        let pool = PoolFixture.pool(count: 60, seed: 11)
        let blueprint = PoolFixture.blockBlueprint([.share(0.5), .share(0.25), .share(0.25)])
        let design = RandomFormDesign(length: 8, blueprint: blueprint)
        var appearances = [Int](repeating: 0, count: pool.count)
        for seed in UInt64(0)..<2000 {
            var generator = SplitMix64(seed: seed)
            for item in try design.assemble(from: pool, using: &generator) { appearances[item] += 1 }
        }
        // 4 of 20 foundations items per form: p = 0.2, 400 expected, SD √(2000·0.2·0.8) ≈ 17.9.
        for item in pool.items where item.block == "foundations" {
            #expect(abs(appearances[item.index] - 400) < 90, "item \(item.index): \(appearances[item.index])")
        }
    }
}
