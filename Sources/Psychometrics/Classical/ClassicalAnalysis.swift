/// Classical test theory analysis of a test: every item's statistics and the total score's.
///
/// Runs in one pass over the cells for the totals, an O(N + k) counting sort for the upper and
/// lower groups, and one pass per item over its contiguous column (and, with responses, over
/// its column of choices). Nothing is allocated per cell.
///
/// **Upper and lower groups** (Kelley 1939): candidates sorted by total, descending, with a
/// stable order — ties keep candidate order — so the groups are reproducible; the upper group
/// is the first n_g, the lower group the last n_g, n_g = ⌊f·N + ½⌋ (f = 0.27 by default, i.e.
/// round half up).
public struct ClassicalAnalysis: Sendable, Hashable {
    /// One entry per item, in column order.
    public let items: [ItemAnalysis]
    /// Statistics of the total score.
    public let test: TestStatistics
    /// Each candidate's total over the items the candidate was given.
    public let totals: [Int]
    /// Zero-based candidates of the upper group, highest total first.
    public let upperGroup: [Int]
    /// Zero-based candidates of the lower group, in the same descending order.
    public let lowerGroup: [Int]

    /// Analyses scored items (no distractor or omission statistics).
    ///
    /// - Parameters:
    ///   - groupFraction: the share f of candidates in each of the upper and lower groups.
    ///   - confidenceLevel: the level of Feldt's interval for α.
    /// - Throws: ``PsychometricsError/noCandidates`` for a matrix without candidates.
    public init(scores: ScoreMatrix, groupFraction: Double = 0.27, confidenceLevel: Double = 0.95) throws {
        try self.init(scores: scores, responses: nil, groupFraction: groupFraction, confidenceLevel: confidenceLevel)
    }

    /// Analyses multiple-choice responses: scores them with ``ResponseMatrix/scored()`` (an
    /// omission scores 0) and adds the omission counts and the per-option distractor analysis.
    public init(responses: ResponseMatrix, groupFraction: Double = 0.27, confidenceLevel: Double = 0.95) throws {
        try self.init(
            scores: responses.scored(), responses: responses, groupFraction: groupFraction,
            confidenceLevel: confidenceLevel)
    }

    private init(
        scores: ScoreMatrix, responses: ResponseMatrix?, groupFraction: Double, confidenceLevel: Double
    ) throws {
        precondition(
            groupFraction > 0 && groupFraction <= 0.5,
            "ClassicalAnalysis: group fraction \(groupFraction) is not in (0, 0.5]")
        let n = scores.candidateCount
        let k = scores.itemCount
        guard n > 0 else { throw PsychometricsError.noCandidates }
        let totals = scores.totals()
        self.totals = totals

        let order = Self.descendingStableOrder(totals, maximumTotal: k)
        let groupSize = Int((groupFraction * Double(n) + 0.5).rounded(.down))
        upperGroup = Array(order[0..<groupSize])
        lowerGroup = Array(order[(n - groupSize)..<n])
        // 1 = upper, 2 = lower, 0 = neither: one byte per candidate, read in the item passes.
        var membership = [UInt8](repeating: 0, count: n)
        for candidate in upperGroup { membership[candidate] = 1 }
        for candidate in lowerGroup { membership[candidate] = 2 }

        let moments = (0..<k).map { Self.moments(scores.column($0), totals: totals, membership: membership) }
        let reliabilityIsDefined = scores.isComplete
        let scaledItemVarianceSum = moments.reduce(0) { $0 + $1.scaledVariance }

        var items = [ItemAnalysis]()
        items.reserveCapacity(k)
        var optionCounts = [Int]()
        var optionTotals = [Int]()
        for item in 0..<k {
            var options = [OptionAnalysis]()
            var omission: OptionAnalysis?
            if let responses {
                (options, omission) = Self.distractors(
                    item: item, responses: responses, totals: totals, moments: moments[item],
                    counts: &optionCounts, sums: &optionTotals)
            }
            items.append(
                ItemAnalysis(
                    item: item, moments: moments[item], itemCount: k, scaledItemVarianceSum: scaledItemVarianceSum,
                    reliabilityIsDefined: reliabilityIsDefined, options: options, omission: omission))
        }
        self.items = items
        test = TestStatistics(
            totals: totals, itemCount: k, scaledItemVarianceSum: scaledItemVarianceSum,
            isComplete: reliabilityIsDefined, confidenceLevel: confidenceLevel)
    }

    /// Candidates ordered by total, highest first, ties in candidate order: a stable counting
    /// sort over totals 0...maximumTotal.
    static func descendingStableOrder(_ totals: [Int], maximumTotal: Int) -> [Int] {
        var start = [Int](repeating: 0, count: maximumTotal + 2)
        for total in totals { start[maximumTotal - total + 1] += 1 }
        for slot in 1..<start.count { start[slot] += start[slot - 1] }
        var order = [Int](repeating: 0, count: totals.count)
        for (candidate, total) in totals.enumerated() {
            let slot = maximumTotal - total
            order[start[slot]] = candidate
            start[slot] += 1
        }
        return order
    }

    /// The integer sums of one item's column.
    private static func moments(_ column: ArraySlice<UInt8>, totals: [Int], membership: [UInt8]) -> ItemMoments {
        var m = ItemMoments()
        var candidate = 0
        for value in column {
            defer { candidate += 1 }
            guard value != ScoreMatrix.notAdministered else { continue }
            let x = Int(value)
            let total = totals[candidate]
            m.count += 1
            m.correct += x
            m.sumTotal += total
            m.sumTotalSquared += total * total
            m.sumCorrectTotal += x * total
            switch membership[candidate] {
            case 1:
                m.upperCount += 1
                m.upperCorrect += x
            case 2:
                m.lowerCount += 1
                m.lowerCorrect += x
            default:
                break
            }
        }
        return m
    }

    /// Per-option counts and point-biserials of one item, plus the omission row; `counts` and
    /// `sums` are scratch buffers reused across items (slot 0 = omitted, slot o + 1 = option o).
    private static func distractors(
        item: Int, responses: ResponseMatrix, totals: [Int], moments m: ItemMoments,
        counts: inout [Int], sums: inout [Int]
    ) -> ([OptionAnalysis], OptionAnalysis) {
        let optionCount = responses.optionCounts[item]
        counts.removeAll(keepingCapacity: true)
        counts.append(contentsOf: repeatElement(0, count: optionCount + 1))
        sums.removeAll(keepingCapacity: true)
        sums.append(contentsOf: repeatElement(0, count: optionCount + 1))
        let base = item * responses.candidateCount
        for candidate in 0..<responses.candidateCount {
            let choice = responses.choices[base + candidate]
            guard choice != ResponseMatrix.notAdministered else { continue }
            let slot = Int(choice) + 1
            counts[slot] += 1
            sums[slot] += totals[candidate]
        }
        func row(_ option: Int8, slot: Int) -> OptionAnalysis {
            OptionAnalysis(
                option: option, isKey: option == responses.keys[item], count: counts[slot],
                proportion: m.count > 0 ? Double(counts[slot]) / Double(m.count) : nil,
                pointBiserial: ItemMoments.pearson(
                    count: m.count, sumX: counts[slot], sumXSquared: counts[slot],
                    sumY: m.sumTotal, sumYSquared: m.sumTotalSquared, sumXY: sums[slot]))
        }
        let options = (0..<optionCount).map { row(Int8($0), slot: $0 + 1) }
        return (options, row(ResponseMatrix.omitted, slot: 0))
    }
}
