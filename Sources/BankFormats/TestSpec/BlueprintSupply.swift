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

    /// The supply of each area of `blueprint` to a form of `length` items.
    init(blueprint: Blueprint, items: [Item], length: Int) {
        self.init(
            items: items, length: length, maximums: blueprint.countRanges(forLength: length).map(\.upper),
            area: blueprint.areaIndex(of:))
    }

    /// The supply to a form of `length` items without a blueprint (one area holding every item).
    init(items: [Item], length: Int) {
        self.init(items: items, length: length, maximums: [length], area: { _ in 0 })
    }

    private init(items: [Item], length: Int, maximums: [Int], area areaIndex: (Item) -> Int?) {
        let areaCount = maximums.count
        var itemCounts = [Int](repeating: 0, count: areaCount)
        var firstItem = [String?](repeating: nil, count: areaCount)
        // Units: the pool's items grouped by stimulus, in pool order.
        var units: [[Item]] = []
        var unitOfStimulus: [String: Int] = [:]
        for item in items {
            if let area = areaIndex(item) {
                itemCounts[area] += 1
                if firstItem[area] == nil { firstItem[area] = item.id }
            }
            if let stimulus = item.stimulus {
                if let unit = unitOfStimulus[stimulus] {
                    units[unit].append(item)
                    continue
                }
                unitOfStimulus[stimulus] = units.count
            }
            units.append([item])
        }
        var unitOfItem: [String: Int] = [:]
        var areaCountsOfUnit: [[Int]] = []
        var usable: [Bool] = []
        for (index, unit) in units.enumerated() {
            var counts = [Int](repeating: 0, count: areaCount)
            var fits = unit.count <= length
            let ids = Set(unit.map(\.id))
            for item in unit {
                unitOfItem[item.id] = index
                if let area = areaIndex(item) { counts[area] += 1 } else { fits = false }
                if item.enemies.contains(where: ids.contains) { fits = false }
            }
            for area in 0..<areaCount where counts[area] > maximums[area] { fits = false }
            areaCountsOfUnit.append(counts)
            usable.append(fits)
        }
        var available = [Int](repeating: 0, count: areaCount)
        var total = 0
        for index in units.indices where usable[index] {
            total += units[index].count
            for area in 0..<areaCount { available[area] += areaCountsOfUnit[index][area] }
        }
        // Each enemy pair between two usable units, once.
        var pairs = Set<[Int]>()
        for (index, unit) in units.enumerated() where usable[index] {
            for item in unit {
                for enemy in item.enemies {
                    guard let other = unitOfItem[enemy], other != index, usable[other] else { continue }
                    pairs.insert([min(index, other), max(index, other)])
                }
            }
        }
        for pair in pairs {
            let (first, second) = (pair[0], pair[1])
            total -= min(units[first].count, units[second].count)
            for area in 0..<areaCount {
                let (a, b) = (areaCountsOfUnit[first][area], areaCountsOfUnit[second][area])
                if a > 0, b > 0 { available[area] -= min(a, b) }
            }
        }
        self.available = available
        self.itemCounts = itemCounts
        self.total = total
        self.firstItem = firstItem
    }
}
