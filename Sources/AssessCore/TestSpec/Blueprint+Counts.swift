extension Blueprint {
    /// The number of items each area must supply on a form of `length` scored items, in area
    /// order; an area's range is empty (lower bound above upper bound) when no count works.
    ///
    /// - Exact shares: Hamilton's largest-remainder apportionment of `length` by the shares
    ///   (normalised by their sum, so that 99.6% + rounding still apportions all n items); ties
    ///   in the remainder go to the earlier area, so the result is deterministic.
    /// - Share ranges: ⌈min·n/100⌉ … ⌊max·n/100⌋, with a 1e-9 tolerance so that 15% of 20 is 3.
    /// - Count ranges: as written.
    ///
    /// A form meets the blueprint when every area's count lies in its range and the counts sum
    /// to `length` (``isSatisfiable(atLength:)`` tells whether any such form exists).
    public func countRanges(forLength length: Int) -> [AreaCountRange] {
        if !areas.isEmpty, areas.allSatisfy(\.target.isExactShare) {
            let counts = Self.apportion(length, shares: areas.map { area in
                if case .share(let percent) = area.target { return percent }
                return 0
            })
            return counts.map { AreaCountRange(lower: $0, upper: $0) }
        }
        return areas.map { area in
            switch area.target {
            case .share(let percent):
                // Mixed with ranges (the validator reports this): read as a degenerate range.
                let exact = percent * Double(length) / 100
                return AreaCountRange(lower: Int((exact - 1e-9).rounded(.up)), upper: Int((exact + 1e-9).rounded(.down)))
            case .shareRange(let minimum, let maximum):
                return AreaCountRange(
                    lower: Int((minimum * Double(length) / 100 - 1e-9).rounded(.up)),
                    upper: Int((maximum * Double(length) / 100 + 1e-9).rounded(.down)))
            case .countRange(let minimum, let maximum):
                return AreaCountRange(lower: minimum, upper: maximum)
            }
        }
    }

    /// Whether some assignment of counts meets every area's range and sums to `length`.
    public func isSatisfiable(atLength length: Int) -> Bool {
        let ranges = countRanges(forLength: length)
        guard ranges.allSatisfy({ !$0.isEmpty }) else { return false }
        let lower = ranges.reduce(0) { $0 + max(0, $1.lower) }
        let upper = ranges.reduce(0) { $0 + $1.upper }
        return lower <= length && length <= upper
    }

    /// Largest-remainder apportionment of `total` seats by `shares` (Hamilton's method).
    static func apportion(_ total: Int, shares: [Double]) -> [Int] {
        let sum = shares.reduce(0, +)
        guard sum > 0, total > 0 else { return shares.map { _ in 0 } }
        let quotas = shares.map { $0 / sum * Double(total) }
        var counts = quotas.map { Int(($0 + 1e-9).rounded(.down)) }
        var left = total - counts.reduce(0, +)
        let byRemainder = quotas.indices.sorted { lhs, rhs in
            let (a, b) = (quotas[lhs] - Double(counts[lhs]), quotas[rhs] - Double(counts[rhs]))
            return abs(a - b) > 1e-9 ? a > b : lhs < rhs
        }
        for index in byRemainder where left > 0 {
            counts[index] += 1
            left -= 1
        }
        return counts
    }
}
