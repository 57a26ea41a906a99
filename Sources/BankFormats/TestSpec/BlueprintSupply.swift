import AssessCore

/// How many items of each blueprint area a pool can put on one form, once enemies and
/// stimulus sets are accounted for — the arithmetic behind "the pool can supply the form".
///
/// A form holds a stimulus set whole or not at all, and never two enemies. So the pool is cut
/// into units (a single item, or the pool's items sharing one stimulus); a unit cannot be used
/// at all when it is longer than the form, when it would put more items in an area than the
/// area's maximum, when it holds an item outside every area, or when it holds two enemies. An
/// enemy pair between two usable units costs the smaller unit's items in each area both touch
/// (exact for the disjoint pairs the banks hold; conservative for longer chains). The result is
/// an upper bound on what one form can take from each area, which is what a shortfall needs.
struct BlueprintSupply {
    /// Items of each area (in blueprint order) that can share one form.
    var available: [Int]
    /// Scored pool items of each area.
    var itemCounts: [Int]
    /// Items that can share one form, whatever their area.
    var total: Int
    /// The first pool item of each area (where a lint finding is reported), if any.
    var firstItem: [String?]

    init(available: [Int], itemCounts: [Int], total: Int, firstItem: [String?]) {
        self.available = available
        self.itemCounts = itemCounts
        self.total = total
        self.firstItem = firstItem
    }

    /// The supply of each area of `blueprint` to a form of `length` items.
    init(blueprint: Blueprint, items: [Item], length: Int) {
        self = Units(blueprint: blueprint, items: items).supply(length: length, maximums: blueprint.countRanges(forLength: length).map(\.upper))
    }

    /// The supply to a form of `length` items without a blueprint (one area holding every item).
    init(items: [Item], length: Int) {
        self = Units(items: items).supply(length: length, maximums: [length])
    }

    /// The part of the computation that does not depend on the form's length — the units, their
    /// sizes and area counts, and the enemy pairs between them — done once for a pool and then
    /// evaluated at every length a test may have (an adaptive test's 60–120), which is a few
    /// array passes per length instead of regrouping the whole pool each time.
    struct Units {
        let areaCount: Int
        let itemCounts: [Int]
        let firstItem: [String?]
        /// Items in each unit.
        let sizes: [Int]
        /// Items of each area in each unit.
        let areaCounts: [[Int]]
        /// Units that can never be used: an item outside every area, or two enemies inside.
        let broken: [Bool]
        /// Enemy pairs between two different units, each once (lower index first).
        let pairs: [(Int, Int)]

        init(blueprint: Blueprint, items: [Item]) {
            self.init(items: items, areaCount: blueprint.areas.count, area: blueprint.areaIndex(of:))
        }

        init(items: [Item]) {
            self.init(items: items, areaCount: 1, area: { _ in 0 })
        }

        private init(items: [Item], areaCount: Int, area areaIndex: (Item) -> Int?) {
            self.areaCount = areaCount
            var itemCounts = [Int](repeating: 0, count: areaCount)
            var firstItem = [String?](repeating: nil, count: areaCount)
            // Units: the pool's items grouped by stimulus, in pool order, by index into `items`.
            var members: [[Int]] = []
            var unitOfStimulus: [String: Int] = [:]
            var unitOfItem: [String: Int] = [:]
            for (position, item) in items.enumerated() {
                if let area = areaIndex(item) {
                    itemCounts[area] += 1
                    if firstItem[area] == nil { firstItem[area] = item.id }
                }
                let unit: Int
                if let stimulus = item.stimulus, let existing = unitOfStimulus[stimulus] {
                    unit = existing
                    members[unit].append(position)
                } else {
                    unit = members.count
                    if let stimulus = item.stimulus { unitOfStimulus[stimulus] = unit }
                    members.append([position])
                }
                unitOfItem[item.id] = unit
            }
            var areaCounts: [[Int]] = []
            var broken: [Bool] = []
            var pairs = Set<[Int]>()
            for (index, unit) in members.enumerated() {
                var counts = [Int](repeating: 0, count: areaCount)
                var isBroken = false
                for position in unit {
                    let item = items[position]
                    if let area = areaIndex(item) { counts[area] += 1 } else { isBroken = true }
                    for enemy in item.enemies {
                        guard let other = unitOfItem[enemy] else { continue }
                        if other == index { isBroken = true } else { pairs.insert([min(index, other), max(index, other)]) }
                    }
                }
                areaCounts.append(counts)
                broken.append(isBroken)
            }
            self.itemCounts = itemCounts
            self.firstItem = firstItem
            self.sizes = members.map(\.count)
            self.areaCounts = areaCounts
            self.broken = broken
            self.pairs = pairs.map { ($0[0], $0[1]) }.sorted { $0 < $1 }
        }

        /// The supply to a form of `length` items whose areas hold at most `maximums`.
        func supply(length: Int, maximums: [Int]) -> BlueprintSupply {
            let usable = sizes.indices.map { index in
                !broken[index] && sizes[index] <= length && (0..<areaCount).allSatisfy { areaCounts[index][$0] <= maximums[$0] }
            }
            var available = [Int](repeating: 0, count: areaCount)
            var total = 0
            for index in sizes.indices where usable[index] {
                total += sizes[index]
                for area in 0..<areaCount { available[area] += areaCounts[index][area] }
            }
            for (first, second) in pairs where usable[first] && usable[second] {
                total -= min(sizes[first], sizes[second])
                for area in 0..<areaCount {
                    let (a, b) = (areaCounts[first][area], areaCounts[second][area])
                    if a > 0, b > 0 { available[area] -= min(a, b) }
                }
            }
            return BlueprintSupply(available: available, itemCounts: itemCounts, total: total, firstItem: firstItem)
        }
    }
}
