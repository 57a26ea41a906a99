/// Turning shares into item counts.
extension ContentBlueprint {
    /// The count range of every area on a form of exactly `length` scored items (a random
    /// form): target shares are apportioned by the largest-remainder (Hamilton) method,
    /// ranges are rounded inwards.
    ///
    /// **Largest remainder.** Each target-share area gets the quota s·n; it first receives
    /// ⌊s·n⌋, and the R = round(Σ s·n) − Σ ⌊s·n⌋ remaining items go one each to the areas
    /// with the largest fractional parts s·n − ⌊s·n⌋, ties to the area listed first
    /// (Balinski & Young 1982, *Fair Representation*, ch. 2). When the shares add up to 1 the
    /// counts add up to n. A share range [p, q] gives ⌈p·n⌉ … ⌊q·n⌋; a count range is used as
    /// given. Nil when a share range holds no whole count at this length.
    public func formCounts(length: Int) -> [ClosedRange<Int>]? {
        let n = Double(length)
        var bases = [Int](repeating: 0, count: areas.count)
        var remainders: [(area: Int, fraction: Double)] = []
        var quotaSum = 0.0
        for (index, area) in areas.enumerated() {
            guard case .share(let share) = area.requirement else { continue }
            let quota = share * n
            let base = Int((quota + Self.tolerance).rounded(.down))
            bases[index] = base
            quotaSum += quota
            remainders.append((index, max(0, quota - Double(base))))
        }
        var seats = Int(quotaSum.rounded()) - bases.reduce(0, +)
        // A stable order: larger fraction first, then blueprint order.
        remainders.sort { $0.fraction > $1.fraction || ($0.fraction == $1.fraction && $0.area < $1.area) }
        for remainder in remainders where seats > 0 {
            bases[remainder.area] += 1
            seats -= 1
        }
        var counts: [ClosedRange<Int>] = []
        for index in areas.indices {
            if case .share = areas[index].requirement {
                counts.append(bases[index]...bases[index])
            } else {
                guard let range = allowedCounts(area: index, length: length) else { return nil }
                counts.append(range)
            }
        }
        return counts
    }

    /// The counts area `area` may have on an adaptive test that stops at `length` scored
    /// items (see the table on ``ContentBlueprint``): ⌊s·t⌋ … ⌈s·t⌉ for a target share,
    /// ⌈p·t⌉ … ⌊q·t⌋ for a share range, m … M for a count range; nil when no whole count is
    /// allowed (a share range narrower than 1/t that contains no multiple of 1/t).
    public func allowedCounts(area: Int, length: Int) -> ClosedRange<Int>? {
        let bounds = countBounds(area: area, length: length)
        return bounds.lower <= bounds.upper ? bounds.lower...bounds.upper : nil
    }

    /// Whether `count` items of area `area` are allowed on an adaptive test of `length` items.
    @inline(__always)
    public func admits(count: Int, area: Int, length: Int) -> Bool {
        let bounds = countBounds(area: area, length: length)
        return bounds.lower <= count && count <= bounds.upper
    }

    /// Lower and upper count bounds at a length, possibly crossed; allocation-free.
    @inline(__always)
    func countBounds(area: Int, length: Int) -> (lower: Int, upper: Int) {
        let t = Double(length)
        switch areas[area].requirement {
        case .share(let share):
            return (
                Int((share * t + Self.tolerance).rounded(.down)), Int((share * t - Self.tolerance).rounded(.up))
            )
        case .shareRange(let range):
            return (
                Int((range.lowerBound * t - Self.tolerance).rounded(.up)),
                Int((range.upperBound * t + Self.tolerance).rounded(.down))
            )
        case .countRange(let range):
            return (range.lowerBound, range.upperBound)
        }
    }

    /// The share each area aims at, for choosing the area furthest behind (Kingsbury & Zara
    /// 1989): the target share; the midpoint of a share range; for a count range, its
    /// midpoint divided by `length`. Normalised to add up to 1 when they add up to more than 0.
    public func targetShares(length: Int) -> [Double] {
        var shares = areas.map { area -> Double in
            switch area.requirement {
            case .share(let share): share
            case .shareRange(let range): (range.lowerBound + range.upperBound) / 2
            case .countRange(let range): Double(range.lowerBound + range.upperBound) / 2 / Double(max(length, 1))
            }
        }
        let sum = shares.reduce(0, +)
        if sum > 0 { shares = shares.map { $0 / sum } }
        return shares
    }
}
