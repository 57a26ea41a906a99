import AssessCore

/// Building the sequencer's blueprint from a test specification's.
extension ContentBlueprint {
    /// A spec blueprint for a form of fixed length (random forms): percentages become shares
    /// in [0, 1], count ranges stay.
    ///
    /// Exact shares are divided by their sum, as ``AssessCore/Blueprint/countRanges(forLength:)``
    /// does, so that shares written as 33.3% + 33.3% + 33.4% or summing to 99.6% apportion
    /// exactly as the spec's own check reads them. An exact share mixed with ranges (which the
    /// validator reports) is read as the spec reads it: a degenerate share range.
    public init(spec blueprint: Blueprint) {
        let exactSum = blueprint.areas.reduce(0.0) { sum, area in
            if case .share(let percent) = area.target { return sum + percent }
            return sum
        }
        let allExact = !blueprint.areas.isEmpty && blueprint.areas.allSatisfy(\.target.isExactShare)
        self.init(
            level: ContentLevel(blueprint.dimension),
            areas: blueprint.areas.map { area in
                let requirement: Requirement
                switch area.target {
                case .share(let percent):
                    requirement = allExact && exactSum > 0 ? .share(percent / exactSum) : .shareRange(percent / 100...percent / 100)
                case .shareRange(let minimum, let maximum):
                    requirement = .shareRange(minimum / 100...max(minimum, maximum) / 100)
                case .countRange(let minimum, let maximum):
                    requirement = .countRange(minimum...max(minimum, maximum))
                }
                return Area(key: area.area, requirement: requirement)
            })
    }

    /// A spec blueprint for an adaptive test of `lengths` scored items.
    ///
    /// Share and count ranges map as for a form. Exact shares mean, in the spec, the
    /// largest-remainder counts at whatever length the test stops; the sequencer reads an exact
    /// share on an adaptive test as ⌊s·t⌋ … ⌈s·t⌉, which admits other counts. So exact shares
    /// are honoured only on a fixed-length adaptive test (minimum = maximum), as the count
    /// ranges of that length.
    ///
    /// - Throws: ``SequencingError/unsupportedSpecSetting(setting:reason:)`` for exact shares on
    ///   a test whose length varies.
    public init(spec blueprint: Blueprint, adaptiveLengths lengths: ClosedRange<Int>) throws(SequencingError) {
        guard blueprint.areas.contains(where: \.target.isExactShare) else {
            self.init(spec: blueprint)
            return
        }
        guard lengths.lowerBound == lengths.upperBound else {
            throw .unsupportedSpecSetting(
                setting: "blueprint: exact shares",
                reason:
                    "an adaptive test of \(lengths.lowerBound)–\(lengths.upperBound) items cannot keep largest-remainder counts at every length; write share ranges (share: [13%, 17%])"
            )
        }
        let ranges = blueprint.countRanges(forLength: lengths.lowerBound)
        self.init(
            level: ContentLevel(blueprint.dimension),
            areas: zip(blueprint.areas, ranges).map { area, range in
                Area(key: area.area, requirement: .countRange(max(0, range.lower)...max(range.lower, range.upper, 0)))
            })
    }
}

extension ContentLevel {
    /// The sequencer's level for a spec's content dimension (the same three levels, the same
    /// keys: block identifiers, module ids, objective ids).
    public init(_ dimension: ContentDimension) {
        switch dimension {
        case .block: self = .block
        case .module: self = .module
        case .objective: self = .objective
        }
    }
}
