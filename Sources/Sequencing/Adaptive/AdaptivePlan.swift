import Psychometrics

/// A design compiled against a pool: every table the per-step hot path reads, built once and
/// shared by all sessions (a reference, so copying a session does not copy it).
final class AdaptivePlan: Sendable {
    let design: AdaptiveDesign
    let pool: SequencerPool
    let selector: any ItemSelector
    let maximumLength: Int
    let minimumLength: Int
    /// Areas of the blueprint, or one area holding every eligible item.
    let areaCount: Int
    /// Area of each pool item; −1 for pretest items and items outside the blueprint.
    let areaOfItem: [Int]
    let targetShares: [Double]
    /// Count bounds per area at the maximum length.
    let lowerAtMaximum: [Int]
    let upperAtMaximum: [Int]
    /// Selection units: single scored items and the scored members of usable stimulus sets.
    let unitItems: [[Int]]
    /// (area, count) pairs of each unit.
    let unitAreas: [[AreaCount]]
    /// The unit of each pool item (−1 when it is in none).
    let unitOfItem: [Int]
    /// Single-item units per area, flat: area a's items are
    /// `areaSingles[areaSingleStart[a]..<areaSingleStart[a + 1]]`. Flat so that the hot loop
    /// reads one contiguous array.
    let areaSingles: [Int]
    let areaSingleStart: [Int]
    /// Multi-item units (stimulus sets) holding an item of each area.
    let areaSets: [[Int]]
    /// Sympson–Hetter probability of each unit (1 without Sympson–Hetter).
    let unitAcceptance: [Double]
    /// Pretest items in pool order.
    let pretestItems: [Int]
    let randomesqueCount: Int
    let usesSympsonHetter: Bool

    struct AreaCount: Sendable {
        var area: Int
        var count: Int
    }

    init(design: AdaptiveDesign, pool: SequencerPool) throws(SequencingError) {
        let stopping = design.stopping
        let length = stopping.maximumLength
        guard stopping.minimumLength >= 1, stopping.minimumLength <= length else {
            throw .invalidDesign(.invalidLength(minimum: stopping.minimumLength, maximum: length))
        }
        if stopping.cut == nil && stopping.rules.contains(where: \.requiresCut) {
            throw .invalidDesign(.classificationWithoutCut)
        }
        let positions = design.pretest.positions
        guard positions.allSatisfy({ $0 >= 1 }), zip(positions, positions.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw .invalidDesign(.invalidPretestPositions(positions))
        }
        if let drawn = design.pretest.drawn {
            guard drawn.count >= 0, drawn.range.lowerBound >= 1, drawn.count <= drawn.range.count else {
                throw .invalidDesign(.invalidPretestDraw(count: drawn.count, range: drawn.range))
            }
        }

        // Areas and their bounds at the maximum length.
        var areaOfItem: [Int]
        if let blueprint = design.blueprint {
            try blueprint.validate()
            areaCount = blueprint.areas.count
            areaOfItem = blueprint.areaAssignment(in: pool).map { $0 ?? -1 }
            let bounds = blueprint.areas.indices.map { blueprint.countBounds(area: $0, length: length) }
            let minimumTotal = bounds.reduce(0) { $0 + $1.lower }
            let maximumTotal = bounds.reduce(0) { $0 + $1.upper }
            guard bounds.allSatisfy({ $0.lower <= $0.upper }), minimumTotal <= length, maximumTotal >= length else {
                throw .invalidDesign(
                    .blueprintDoesNotFitLength(length: length, minimumTotal: minimumTotal, maximumTotal: maximumTotal))
            }
            lowerAtMaximum = bounds.map(\.lower)
            upperAtMaximum = bounds.map(\.upper)
            targetShares = blueprint.targetShares(length: length)
        } else {
            areaCount = 1
            areaOfItem = pool.items.map { $0.isPretest ? -1 : 0 }
            lowerAtMaximum = [0]
            upperAtMaximum = [length]
            targetShares = [1]
        }
        for item in pool.items where areaOfItem[item.index] >= 0 && item.parameters == nil {
            throw .uncalibratedItem(id: item.id)
        }

        // Units: a set is usable whole or not at all.
        var unitItems: [[Int]] = []
        var setDone = [Bool](repeating: false, count: pool.stimulusSets.count)
        for item in pool.items where areaOfItem[item.index] >= 0 {
            guard let set = item.stimulusSet else {
                unitItems.append([item.index])
                continue
            }
            guard !setDone[set] else { continue }
            setDone[set] = true
            let members = pool.stimulusSets[set].members.filter { !pool.items[$0].isPretest }
            let memberSet = Set(members)
            let usable =
                members.allSatisfy { areaOfItem[$0] >= 0 }
                && !members.contains { pool.items[$0].enemies.contains(where: memberSet.contains) }
            if usable { unitItems.append(members) }
        }
        var unitAreas: [[AreaCount]] = []
        var unitOfItem = [Int](repeating: -1, count: pool.count)
        var singles = [[Int]](repeating: [], count: areaCount)
        var areaSets = [[Int]](repeating: [], count: areaCount)
        for (unit, members) in unitItems.enumerated() {
            var counts: [AreaCount] = []
            for item in members {
                unitOfItem[item] = unit
                let area = areaOfItem[item]
                if let k = counts.firstIndex(where: { $0.area == area }) {
                    counts[k].count += 1
                } else {
                    counts.append(AreaCount(area: area, count: 1))
                    if members.count == 1 { singles[area].append(item) } else { areaSets[area].append(unit) }
                }
            }
            unitAreas.append(counts)
        }
        self.areaSingles = singles.flatMap { $0 }
        self.areaSingleStart = singles.reduce(into: [0]) { starts, items in starts.append(starts.last! + items.count) }

        switch design.exposure {
        case .none:
            randomesqueCount = 1
            usesSympsonHetter = false
            unitAcceptance = [Double](repeating: 1, count: unitItems.count)
        case .randomesque(let count):
            guard count >= 1 else { throw .invalidDesign(.invalidRandomesqueCount(count)) }
            randomesqueCount = count
            usesSympsonHetter = false
            unitAcceptance = [Double](repeating: 1, count: unitItems.count)
        case .sympsonHetter(let parameters):
            guard parameters.count == pool.count, parameters.allSatisfy({ (0...1).contains($0) }) else {
                throw .invalidDesign(.invalidExposureParameters(expected: pool.count, got: parameters.count))
            }
            randomesqueCount = 1
            usesSympsonHetter = true
            unitAcceptance = unitItems.map { members in members.map { parameters[$0] }.min() ?? 1 }
        }

        self.selector = try design.selector.prepared(for: pool, maximumLength: length)
        self.design = design
        self.pool = pool
        self.maximumLength = length
        self.minimumLength = stopping.minimumLength
        self.areaOfItem = areaOfItem
        self.unitItems = unitItems
        self.unitAreas = unitAreas
        self.unitOfItem = unitOfItem
        self.areaSets = areaSets
        self.pretestItems = pool.items.filter(\.isPretest).map(\.index)
    }

    /// Whether `counts` satisfy the blueprint for a test of `length` scored items.
    func satisfiesBlueprint(_ counts: [Int], length: Int) -> Bool {
        guard let blueprint = design.blueprint else { return true }
        for area in 0..<areaCount where !blueprint.admits(count: counts[area], area: area, length: length) {
            return false
        }
        return true
    }
}
