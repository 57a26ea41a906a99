/// Choosing the next unit: content balancing, eligibility, scoring, exposure control.
extension AdaptiveSession {
    /// The next unit (single item or stimulus set) by the rules of ``AdaptiveDesign``, or nil
    /// when the constraints leave none.
    mutating func selectUnit() -> Int? {
        let answered = scoredItems.count
        let places = plan.maximumLength - answered
        var shortfall = 0
        for area in 0..<plan.areaCount { shortfall += max(0, plan.lowerAtMaximum[area] - areaCounts[area]) }
        let onlyShortAreas = shortfall >= places
        for area in 0..<plan.areaCount { areaTried[area] = false }
        while let area = mostBehindArea(answered: answered, onlyShortAreas: onlyShortAreas) {
            areaTried[area] = true
            if let unit = chooseUnit(in: area, answered: answered, shortfall: shortfall) { return unit }
        }
        return nil
    }

    /// The open, untried area with the largest target share minus achieved share
    /// (Kingsbury & Zara 1989); ties to the area listed first.
    func mostBehindArea(answered: Int, onlyShortAreas: Bool) -> Int? {
        var best: Int? = nil
        var bestGap = -Double.infinity
        for area in 0..<plan.areaCount where !areaTried[area] {
            let count = areaCounts[area]
            guard count < plan.upperAtMaximum[area] else { continue }
            guard !onlyShortAreas || count < plan.lowerAtMaximum[area] else { continue }
            let achieved = answered > 0 ? Double(count) / Double(answered) : 0
            let gap = plan.targetShares[area] - achieved
            if gap > bestGap {
                best = area
                bestGap = gap
            }
        }
        return best
    }

    /// Whether a unit can be given now: unused, no enemy on the test, and it keeps every area
    /// at or below its maximum, the length at or below L and the shortfall within the places
    /// left.
    func fits(_ unit: Int, answered: Int, shortfall: Int) -> Bool {
        let members = plan.unitItems[unit]
        for item in members where used[item] || enemyBlocks[item] != 0 { return false }
        let placesAfter = plan.maximumLength - answered - members.count
        guard placesAfter >= 0 else { return false }
        var covered = 0
        for entry in plan.unitAreas[unit] {
            let count = areaCounts[entry.area]
            guard count + entry.count <= plan.upperAtMaximum[entry.area] else { return false }
            covered += min(entry.count, max(0, plan.lowerAtMaximum[entry.area] - count))
        }
        return shortfall - covered <= placesAfter
    }

    /// The unit chosen in `area`, or nil when none fits or exposure control set all aside.
    mutating func chooseUnit(in area: Int, answered: Int, shortfall: Int) -> Int? {
        let (unitCount, itemCount) = gatherCandidates(in: area, answered: answered, shortfall: shortfall)
        guard unitCount > 0 else { return nil }
        scoreCandidates(units: unitCount, items: itemCount, answered: answered)
        if plan.usesSympsonHetter { return sympsonHetterChoice(count: unitCount) }
        return randomesqueChoice(count: unitCount)
    }

    /// Collects the units of `area` that fit into `candidateUnits`, their items into
    /// `candidateItems`, and where each unit's items start into `unitStarts`.
    ///
    /// The hot loop of a step (thousands of single items on a large pool): the scratch buffers
    /// are swapped out into locals, and the arrays read are bound to locals, so that the loop
    /// does no reference counting or uniqueness checks.
    mutating func gatherCandidates(in area: Int, answered: Int, shortfall: Int) -> (units: Int, items: Int) {
        var items: [Int] = []
        var units: [Int] = []
        var starts: [Int] = []
        swap(&items, &candidateItems)
        swap(&units, &candidateUnits)
        swap(&starts, &unitStarts)
        defer {
            swap(&items, &candidateItems)
            swap(&units, &candidateUnits)
            swap(&starts, &unitStarts)
        }
        var unitCount = 0
        var itemCount = 0
        // Every single item of the area fits or none does: only the area's count matters.
        let count = areaCounts[area]
        let singleFits =
            count + 1 <= plan.upperAtMaximum[area]
            && shortfall - (count < plan.lowerAtMaximum[area] ? 1 : 0) <= plan.maximumLength - answered - 1
        if singleFits {
            let used = self.used
            let blocks = self.enemyBlocks
            let singles = plan.areaSingles[plan.areaSingleStart[area]..<plan.areaSingleStart[area + 1]]
            let unitOfItem = plan.unitOfItem
            items.withUnsafeMutableBufferPointer { items in
                units.withUnsafeMutableBufferPointer { units in
                    starts.withUnsafeMutableBufferPointer { starts in
                        for item in singles where !used[item] && blocks[item] == 0 {
                            items[itemCount] = item
                            units[unitCount] = unitOfItem[item]
                            starts[unitCount] = itemCount
                            unitCount += 1
                            itemCount += 1
                        }
                    }
                }
            }
        }
        for unit in plan.areaSets[area] where fits(unit, answered: answered, shortfall: shortfall) {
            units[unitCount] = unit
            starts[unitCount] = itemCount
            unitCount += 1
            for item in plan.unitItems[unit] {
                items[itemCount] = item
                itemCount += 1
            }
        }
        starts[unitCount] = itemCount
        return (unitCount, itemCount)
    }

    /// Scores the candidate items with the selector and each unit by the mean of its items.
    mutating func scoreCandidates(units unitCount: Int, items itemCount: Int, answered: Int) {
        var scores: [Double] = []
        var perUnit: [Double] = []
        swap(&scores, &candidateScores)
        swap(&perUnit, &unitScores)
        defer {
            swap(&scores, &candidateScores)
            swap(&perUnit, &unitScores)
        }
        let state = SelectionState(
            theta: theta, standardError: standardError, answered: answered, maximumLength: plan.maximumLength,
            parameters: plan.pool.parameters)
        plan.selector.score(candidateItems, count: itemCount, state: state, into: &scores)
        let starts = unitStarts
        perUnit.withUnsafeMutableBufferPointer { perUnit in
            for k in 0..<unitCount {
                let start = starts[k]
                let end = starts[k + 1]
                if end - start == 1 {
                    perUnit[k] = scores[start]
                } else {
                    var sum = 0.0
                    for j in start..<end { sum += scores[j] }
                    perUnit[k] = sum / Double(end - start)
                }
            }
        }
    }

    /// One of the k best candidates, uniformly (k = 1: the best; ties to the earlier candidate,
    /// i.e. the lower pool position).
    mutating func randomesqueChoice(count: Int) -> Int {
        let k = min(plan.randomesqueCount, count)
        var topScores: [Double] = []
        var topUnits: [Int] = []
        swap(&topScores, &bestScores)
        swap(&topUnits, &bestUnits)
        defer {
            swap(&topScores, &bestScores)
            swap(&topUnits, &bestUnits)
        }
        let scores = unitScores
        var filled = 0
        for candidate in 0..<count {
            let score = scores[candidate]
            // Insert into the descending top-k list; strict comparisons keep earlier candidates
            // ahead of later ones with the same score.
            if filled == k && !(score > topScores[k - 1]) { continue }
            var position = filled
            while position > 0 && score > topScores[position - 1] { position -= 1 }
            var shift = min(filled, k - 1)
            while shift > position {
                topScores[shift] = topScores[shift - 1]
                topUnits[shift] = topUnits[shift - 1]
                shift -= 1
            }
            topScores[position] = score
            topUnits[position] = candidate
            filled = min(filled + 1, k)
        }
        let pick = filled == 1 ? 0 : RandomDraw.index(below: filled, using: &generator)
        return candidateUnits[topUnits[pick]]
    }

    /// Sympson–Hetter: the best remaining candidate passes its lottery with probability k,
    /// else it is set aside for the rest of the test and the next best is tried.
    mutating func sympsonHetterChoice(count: Int) -> Int? {
        while true {
            var best = -1
            var bestScore = -Double.infinity
            for candidate in 0..<count where unitScores[candidate] > bestScore {
                best = candidate
                bestScore = unitScores[candidate]
            }
            guard best >= 0 else { return nil }
            let unit = candidateUnits[best]
            let acceptance = plan.unitAcceptance[unit]
            if acceptance >= 1 || RandomDraw.unit(using: &generator) < acceptance { return unit }
            for item in plan.unitItems[unit] {
                used[item] = true
                rejectedItems.append(item)
            }
            unitScores[best] = -.infinity
        }
    }
}
