/// How a test's items are spread over content areas: per area a target share, a share range
/// or a count range, at one ``ContentLevel``.
///
/// Items whose key at ``level`` is not one of the areas are not eligible for a test with this
/// blueprint; so are pretest items, which never count towards it. Counts always refer to
/// scored items.
///
/// What "satisfies the blueprint" means for a test of t scored items, area by area
/// (``allowedCounts(area:length:)``):
///
/// | requirement | random form of length n (exact) | adaptive test stopping at length t |
/// |---|---|---|
/// | target share s | the largest-remainder count (``formCounts(length:)``) | ⌊s·t⌋ … ⌈s·t⌉ |
/// | share range [p, q] | ⌈p·n⌉ … ⌊q·n⌋ | ⌈p·t⌉ … ⌊q·t⌋ |
/// | count range [m, M] | m … M | m … M |
///
/// The largest-remainder count always lies in ⌊s·n⌋ … ⌈s·n⌉, so a form drawn to target
/// shares also satisfies the adaptive reading. Products are taken with a 10⁻⁹ tolerance, so
/// that 0.3·10 counts as 3.
public struct ContentBlueprint: Sendable, Hashable {
    /// One content area and what the blueprint asks of it.
    public struct Area: Sendable, Hashable {
        /// The area's key at the blueprint's level (`safety`, `safety-screening`, `SAF-SCR-2`).
        public var key: String
        public var requirement: Requirement

        public init(key: String, requirement: Requirement) {
            self.key = key
            self.requirement = requirement
        }
    }

    /// What an area must receive.
    public enum Requirement: Sendable, Hashable {
        /// A target share of the test, in [0, 1].
        case share(Double)
        /// A share range within [0, 1].
        case shareRange(ClosedRange<Double>)
        /// A range of item counts.
        case countRange(ClosedRange<Int>)
    }

    /// The level whose keys name the areas.
    public var level: ContentLevel
    /// The areas, in the order reports list them (ties in rounding go to the earlier area).
    public var areas: [Area]

    public init(level: ContentLevel, areas: [Area]) {
        self.level = level
        self.areas = areas
    }

    /// Checks the blueprint's own consistency.
    ///
    /// - Throws: ``SequencingError/invalidBlueprint(_:)``.
    public func validate() throws(SequencingError) {
        guard !areas.isEmpty else { throw .invalidBlueprint(.noAreas) }
        var keys = Set<String>()
        var shareSum = 0.0
        var allShares = true
        for area in areas {
            guard keys.insert(area.key).inserted else { throw .invalidBlueprint(.duplicateArea(area.key)) }
            switch area.requirement {
            case .share(let share):
                guard share.isFinite, (0...1).contains(share) else {
                    throw .invalidBlueprint(.invalidRequirement(area: area.key))
                }
                shareSum += share
            case .shareRange(let range):
                allShares = false
                guard range.lowerBound.isFinite, range.upperBound.isFinite, range.lowerBound >= 0,
                    range.upperBound <= 1
                else { throw .invalidBlueprint(.invalidRequirement(area: area.key)) }
            case .countRange(let range):
                allShares = false
                guard range.lowerBound >= 0 else { throw .invalidBlueprint(.invalidRequirement(area: area.key)) }
            }
        }
        if shareSum > 1 + Self.tolerance || (allShares && abs(shareSum - 1) > 1e-6) {
            throw .invalidBlueprint(.sharesDoNotAddUp(sum: shareSum))
        }
    }

    /// The position of the area with `key`, if any.
    public func areaIndex(ofKey key: String?) -> Int? {
        guard let key else { return nil }
        return areas.firstIndex { $0.key == key }
    }

    /// For each pool item, the index of the area it counts for, or nil when it is a pretest
    /// item or its key is not an area.
    public func areaAssignment(in pool: SequencerPool) -> [Int?] {
        var indexByKey: [String: Int] = [:]
        for (index, area) in areas.enumerated() { indexByKey[area.key] = index }
        return pool.items.map { item in
            guard !item.isPretest, let key = item.contentKey(at: level) else { return nil }
            return indexByKey[key]
        }
    }

    /// Tolerance for products of shares and lengths.
    static let tolerance = 1e-9
}
