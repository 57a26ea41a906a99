/// The search behind ``RandomFormDesign``: which units (single items, stimulus sets) to put on
/// a form so that every area's count lies in its range, the length is met, and no two enemies
/// meet.
///
/// Depth-first over the eligible units in a seeded random permutation. At each unit the
/// branches are: include it whole, include its first k items (k = size − 1 … the minimum, when
/// trimming is allowed), exclude it. A node is cut when it cannot lead to a form:
///
/// - some area's deficit exceeds what the undecided units hold: c_a + r_a < m_a;
/// - the deficits add up to more than the places left: Σ max(0, m_a − c_a) > n − t;
/// - the places left cannot be filled: t + Σ min(M_a − c_a, r_a) < n,
///
/// with c_a the area's count so far, r_a the items of area a in undecided units, [m_a, M_a]
/// its range and t the items chosen of n. The search is exhaustive, so running out of
/// branches proves that no form exists (up to the step limit).
struct FormAssembler {
    let length: Int
    let areaKeys: [String]
    let lower: [Int]
    let upper: [Int]
    /// Eligible units in pool order.
    let units: [FormUnit]
    /// The area of each item of each unit, in delivery order.
    let unitAreas: [[Int]]
    /// The smallest number of leading items a unit may contribute.
    let minimumSize: [Int]
    /// Units holding an enemy of some item of the unit.
    let unitEnemies: [[Int]]
    let order: RandomFormDesign.Order
    let searchLimit: Int

    init(design: RandomFormDesign, pool: SequencerPool) throws(SequencingError) {
        let length = design.length
        let areaKeys: [String]
        let ranges: [ClosedRange<Int>]
        let areaOf: [Int?]
        if let blueprint = design.blueprint {
            areaKeys = blueprint.areas.map(\.key)
            areaOf = blueprint.areaAssignment(in: pool)
            guard let counts = blueprint.formCounts(length: length) else {
                // A share range holds no whole count at this length: report the crossed totals.
                let bounds = blueprint.areas.indices.map { blueprint.countBounds(area: $0, length: length) }
                throw .infeasibleForm(
                    .lengthOutsideBlueprint(
                        length: length, minimumTotal: bounds.reduce(0) { $0 + $1.lower },
                        maximumTotal: bounds.reduce(0) { $0 + $1.upper }))
            }
            ranges = counts
        } else {
            areaKeys = ["(all)"]
            areaOf = pool.items.map { $0.isPretest ? nil : 0 }
            ranges = [length...length]
        }
        let minimumTotal = ranges.reduce(0) { $0 + $1.lowerBound }
        let maximumTotal = ranges.reduce(0) { $0 + $1.upperBound }
        guard length >= 1, minimumTotal <= length, length <= maximumTotal else {
            throw .infeasibleForm(
                .lengthOutsideBlueprint(length: length, minimumTotal: minimumTotal, maximumTotal: maximumTotal))
        }

        // A set is eligible only whole: every scored member in an area, no enemies inside it.
        var setUsable = [Bool](repeating: true, count: pool.stimulusSets.count)
        for (set, stimulusSet) in pool.stimulusSets.enumerated() {
            let scored = stimulusSet.members.filter { !pool.items[$0].isPretest }
            let members = Set(scored)
            setUsable[set] =
                scored.allSatisfy { areaOf[$0] != nil }
                && !scored.contains { pool.items[$0].enemies.contains(where: members.contains) }
        }
        let candidates = pool.items.indices.filter { index in
            guard areaOf[index] != nil else { return false }
            return pool.items[index].stimulusSet.map { setUsable[$0] } ?? true
        }
        let units = FormUnit.units(of: candidates, in: pool)
        guard candidates.count >= length else {
            throw .infeasibleForm(.tooFewItemsInPool(needed: length, available: candidates.count))
        }
        var available = [Int](repeating: 0, count: areaKeys.count)
        for index in candidates { available[areaOf[index]!] += 1 }
        for area in areaKeys.indices where available[area] < ranges[area].lowerBound {
            throw .infeasibleForm(
                .tooFewItems(area: areaKeys[area], needed: ranges[area].lowerBound, available: available[area]))
        }

        var unitOfItem = [Int](repeating: -1, count: pool.count)
        for (unit, formUnit) in units.enumerated() {
            for item in formUnit.items { unitOfItem[item] = unit }
        }
        self.unitEnemies = units.indices.map { unit in
            var enemies = Set<Int>()
            for item in units[unit].items {
                for enemy in pool.items[item].enemies where unitOfItem[enemy] >= 0 && unitOfItem[enemy] != unit {
                    enemies.insert(unitOfItem[enemy])
                }
            }
            return enemies.sorted()
        }
        self.minimumSize = units.map { unit in
            switch design.stimulusSets {
            case .wholeSetsOnly: unit.items.count
            case .trimToFit(let minimumItems): min(unit.items.count, max(1, minimumItems))
            }
        }
        self.unitAreas = units.map { $0.items.map { areaOf[$0]! } }
        self.length = length
        self.areaKeys = areaKeys
        self.lower = ranges.map(\.lowerBound)
        self.upper = ranges.map(\.upperBound)
        self.units = units
        self.order = design.order
        self.searchLimit = design.searchLimit
    }

    /// Draws the form, or explains why there is none.
    mutating func assemble(using generator: inout some RandomNumberGenerator) throws(SequencingError) -> [Int] {
        var permutation = Array(units.indices)
        RandomDraw.shuffle(&permutation, using: &generator)
        switch search(permutation, respectingEnemies: true) {
        case .found(var chosen):
            if order == .pool { chosen.sort { units[$0.unit].items[0] < units[$1.unit].items[0] } }
            return chosen.flatMap { units[$0.unit].items.prefix($0.size) }
        case .limitReached(let nodes):
            throw .infeasibleForm(.searchLimitReached(nodes: nodes))
        case .exhausted:
            // Name the obstacle: if the counts can be met without the enemy rule, it is the enemies.
            switch search(permutation, respectingEnemies: false) {
            case .found: throw .infeasibleForm(.enemiesPreventForm)
            case .exhausted: throw .infeasibleForm(.stimulusSetsPreventExactCounts)
            case .limitReached(let nodes): throw .infeasibleForm(.searchLimitReached(nodes: nodes))
            }
        }
    }

    enum Outcome {
        case found([(unit: Int, size: Int)])
        case exhausted
        case limitReached(nodes: Int)
    }

    func search(_ permutation: [Int], respectingEnemies: Bool) -> Outcome {
        var state = FormSearch(assembler: self, permutation: permutation, respectingEnemies: respectingEnemies)
        return state.run()
    }
}
