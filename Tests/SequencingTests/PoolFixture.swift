import AssessCore
import Foundation
import Psychometrics

@testable import Sequencing

/// Seeded synthetic pools for the sequencer tests.
enum PoolFixture {
    /// A pool of `count` items spread round-robin over `areas` (block keys), with parameters
    /// a ~ U(0.6, 2), b ~ N(0, 1), c ~ U(0, 0.25) (c = 0 unless `threePL`); `setSizes` turns
    /// runs of consecutive items into stimulus sets (one area each, placed after
    /// `setStart`; `setDiscrimination` makes their items sharp and central so that an adaptive
    /// test wants them), `enemyPairs` random enemy pairs between items not in a set, and the
    /// last `pretest` items are pretest items.
    static func pool(
        count: Int, areas: [String] = ["foundations", "safety", "legal"], setSizes: [Int] = [], setStart: Int = 0,
        enemyPairs: Int = 0, pretest: Int = 0, threePL: Bool = true, setDiscrimination: Double? = nil, seed: UInt64 = 7
    ) -> SequencerPool {
        var generator = SplitMix64(seed: seed)
        var items = (0..<count).map { index in
            let a = 0.6 + 1.4 * RandomDraw.unit(using: &generator)
            let b = RandomDraw.standardNormal(using: &generator)
            let c = threePL ? 0.25 * RandomDraw.unit(using: &generator) : 0
            return SequencerItem(
                id: String(format: "IT-%05d", index), block: areas[index % areas.count],
                module: "module-\(index % (2 * areas.count))", objective: "objective-\(index % 7)",
                role: index >= count - pretest ? .pretest : .scored, parameters: DichotomousItem(a: a, b: b, c: c))
        }
        var next = setStart
        for (set, size) in setSizes.enumerated() {
            for index in next..<(next + size) {
                items[index].stimulus = "VIG-\(set)"
                items[index].block = items[next].block
                if let a = setDiscrimination, let old = items[index].parameters {
                    items[index].parameters = DichotomousItem(a: a, b: old.b / 2, c: old.c)
                }
            }
            next += size
        }
        var pairs = 0
        while pairs < enemyPairs {
            let i = RandomDraw.index(below: count, using: &generator)
            let j = RandomDraw.index(below: count, using: &generator)
            guard i != j, items[i].stimulus == nil, items[j].stimulus == nil, !items[i].enemies.contains(j) else {
                continue
            }
            items[i].enemies.append(j)
            pairs += 1
        }
        return try! SequencerPool(items: items)
    }

    /// Blueprint by block over the default areas.
    static func blockBlueprint(_ requirements: [ContentBlueprint.Requirement]) -> ContentBlueprint {
        let keys = ["foundations", "safety", "legal"]
        return ContentBlueprint(
            level: .block, areas: zip(keys, requirements).map { ContentBlueprint.Area(key: $0, requirement: $1) })
    }

    /// Checks that every stimulus set on `form` appears as one contiguous run in authored order.
    static func setsAreContiguous(_ form: [Int], in pool: SequencerPool) -> Bool {
        var seen = Set<Int>()
        var previousSet: Int? = nil
        var previousItem = -1
        for item in form {
            let set = pool.items[item].stimulusSet
            if let set {
                if set == previousSet {
                    if item <= previousItem { return false }  // authored order
                } else {
                    if seen.contains(set) { return false }  // the set came back after a break
                    seen.insert(set)
                }
            }
            previousSet = set
            previousItem = item
        }
        return true
    }

    /// Whether two enemies appear on `form`.
    static func holdsEnemies(_ form: [Int], in pool: SequencerPool) -> Bool {
        let onForm = Set(form)
        return form.contains { pool.items[$0].enemies.contains(where: onForm.contains) }
    }
}
