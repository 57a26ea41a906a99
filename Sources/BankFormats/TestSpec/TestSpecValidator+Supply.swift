import AssessCore

extension TestSpecValidator {
    /// Where the pool cannot supply the blueprint of a random-form or adaptive test: an area
    /// with fewer usable items than its minimum at some length the test may have (see
    /// ``BlueprintSupply`` for enemies and stimulus sets), a pool that cannot fill the form at
    /// all, and the same after `exclude-seen` rules (`required`) have taken the largest share
    /// the named tests may have used. At most one shortfall per area and rule.
    public static func blueprintShortfalls(_ spec: TestSpec, bank: ItemBank, specs: [String: TestSpec] = [:]) -> [BlueprintShortfall] {
        guard let lengths = spec.mode.scoredLength, !isLinear(spec) else { return [] }
        let scored = spec.pool.items(in: bank).filter { $0.status == .active }
        guard !scored.isEmpty else { return [] }
        let isAdaptive = spec.mode.adaptiveDesign != nil
        let noun = isAdaptive ? "test" : "form"
        let lengthPath = isAdaptive ? "adaptive.stopping.max-items" : "form.length"
        guard scored.count >= lengths.upperBound else {
            let wanted = isAdaptive ? "max-items \(lengths.upperBound)" : "the form length \(lengths.upperBound)"
            return [
                BlueprintShortfall(
                    message: "the pool has \(count(scored.count, "scored item")), fewer than \(wanted)", path: lengthPath, itemID: scored.first?.id)
            ]
        }
        guard let blueprint = spec.blueprint, !blueprint.areas.isEmpty else {
            return totalShortfall(scored: scored, lengths: lengths, noun: noun, path: lengthPath)
        }
        guard lengths.allSatisfy({ blueprint.isSatisfiable(atLength: $0) }) else { return [] }
        var shortfalls: [BlueprintShortfall] = []
        var reportedAreas = Set<Int>()
        var reportedTotal = false
        let units = BlueprintSupply.Units(blueprint: blueprint, items: scored)
        for length in lengths {
            let ranges = blueprint.countRanges(forLength: length)
            let supply = units.supply(length: length, maximums: ranges.map(\.upper))
            for (area, range) in ranges.enumerated() where !reportedAreas.contains(area) && supply.itemCounts[area] > 0 {
                guard supply.available[area] < range.lower else { continue }
                reportedAreas.insert(area)
                let needs = "\(areaName(blueprint, area)) needs \(range.lower < range.upper ? "at least " : "")\(count(range.lower, "item")) on a \(length)-item \(noun)"
                let reason = supply.available[area] == supply.itemCounts[area]
                    ? "the pool has only \(supply.itemCounts[area])"
                    : "only \(supply.available[area]) of its \(count(supply.itemCounts[area], "pool item")) can share one \(noun) (enemies, stimulus sets or the area's maximum rule out the rest)"
                shortfalls.append(BlueprintShortfall(message: "\(needs), but \(reason)", path: "blueprint.\(area)", itemID: supply.firstItem[area]))
            }
            if !reportedTotal, supply.total < length {
                reportedTotal = true
                shortfalls.append(totalShortfall(supply, scored: scored, length: length, noun: noun, path: lengthPath))
            }
        }
        guard shortfalls.isEmpty else { return shortfalls }
        return exclusionShortfalls(spec, blueprint: blueprint, scored: scored, length: lengths.upperBound, noun: noun, bank: bank, specs: specs)
    }

    /// Without a blueprint, only the whole form can be short (enemies and sets).
    static func totalShortfall(scored: [Item], lengths: ClosedRange<Int>, noun: String, path: String) -> [BlueprintShortfall] {
        let units = BlueprintSupply.Units(items: scored)
        for length in lengths {
            let supply = units.supply(length: length, maximums: [length])
            if supply.total < length { return [totalShortfall(supply, scored: scored, length: length, noun: noun, path: path)] }
        }
        return []
    }

    static func totalShortfall(_ supply: BlueprintSupply, scored: [Item], length: Int, noun: String, path: String) -> BlueprintShortfall {
        BlueprintShortfall(
            message: "a \(length)-item \(noun) needs \(length) items that can share it, but enemies and stimulus sets leave at most \(supply.total) of the pool's \(scored.count)",
            path: path, itemID: scored.first?.id)
    }

    /// After each `required` exclude-seen rule has taken, from every area, as many items as the
    /// named tests may have shown from it.
    static func exclusionShortfalls(
        _ spec: TestSpec, blueprint: Blueprint, scored: [Item], length: Int, noun: String, bank: ItemBank, specs: [String: TestSpec]
    ) -> [BlueprintShortfall] {
        let ranges = blueprint.countRanges(forLength: length)
        let supply = BlueprintSupply(blueprint: blueprint, items: scored, length: length)
        var shortfalls: [BlueprintShortfall] = []
        for (ruleIndex, rule) in spec.attempts.excludeSeen.enumerated() where rule.enforcement == .required {
            let tests = rule.tests(ownID: spec.id).compactMap { $0 == spec.id ? spec : specs[$0] }
            var reserved = [Int](repeating: 0, count: blueprint.areas.count)
            for other in tests {
                let otherIDs = Set(other.pool.items(in: bank).filter { $0.status == .active }.map(\.id))
                let otherLength = other.mode.scoredLength?.upperBound ?? otherIDs.count
                let otherUpper = other.blueprint.flatMap { otherBlueprint -> [String: Int]? in
                    guard otherBlueprint.dimension == blueprint.dimension, !isLinear(other) else { return nil }
                    let ranges = otherBlueprint.countRanges(forLength: otherLength)
                    return Dictionary(zip(otherBlueprint.areas.map(\.area), ranges.map(\.upper)), uniquingKeysWith: { first, _ in first })
                }
                for (area, target) in blueprint.areas.enumerated() {
                    let overlap = scored.filter { blueprint.areaIndex(of: $0) == area && otherIDs.contains($0.id) }.count
                    var most = min(overlap, otherLength)
                    if let otherUpper { most = min(most, otherUpper[target.area] ?? 0) }
                    reserved[area] += most
                }
            }
            let names = rule.tests(ownID: spec.id).map { $0 == spec.id ? "earlier attempts at this test" : "'\($0)'" }.joined(separator: " and ")
            for (area, range) in ranges.enumerated() where reserved[area] > 0 && supply.available[area] - reserved[area] < range.lower {
                let left = max(0, supply.available[area] - reserved[area])
                shortfalls.append(
                    BlueprintShortfall(
                        message: "\(areaName(blueprint, area)) needs \(range.lower < range.upper ? "at least " : "")\(count(range.lower, "item")) on a \(length)-item \(noun), but \(names) may already have shown \(reserved[area]) of its \(supply.available[area]) usable pool items (exclude-seen, required), leaving \(left)",
                        path: "attempts.exclude-seen.\(ruleIndex)", itemID: supply.firstItem[area]))
            }
        }
        return shortfalls
    }
}
