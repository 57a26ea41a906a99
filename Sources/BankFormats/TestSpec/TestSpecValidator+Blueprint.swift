import AssessCore

extension TestSpecValidator {
    /// The blueprint on its own: exact shares are not mixed with ranges and sum to 100%
    /// (±0.5), ranges can add up to 100%, and some assignment of counts meets every area at
    /// every length the test may have.
    static func checkBlueprintRules(_ spec: TestSpec, locations: TestSpecLocations, into diagnostics: inout Diagnostics) {
        guard let blueprint = spec.blueprint, !blueprint.areas.isEmpty, !isLinear(spec) else { return }
        let exact = blueprint.areas.filter(\.target.isExactShare)
        if !exact.isEmpty, exact.count < blueprint.areas.count {
            diagnostics.error(
                "a blueprint gives every area an exact share, or every area a range (share or count); it cannot mix the two", at: locations["blueprint"])
            return
        }
        if !exact.isEmpty {
            let sum = blueprint.areas.reduce(0.0) { total, area in
                if case .share(let percent) = area.target { return total + percent }
                return total
            }
            if abs(sum - 100) > 0.5 {
                diagnostics.error("the blueprint's shares sum to \(rounded(sum))%, not 100% (±0.5)", at: locations["blueprint"])
                return
            }
        }
        var minimumShare = 0.0
        var maximumShare = 0.0
        var allShareRanges = true
        for area in blueprint.areas {
            guard case .shareRange(let low, let high) = area.target else {
                allShareRanges = false
                continue
            }
            minimumShare += low
            maximumShare += high
        }
        if allShareRanges, exact.isEmpty, minimumShare > 100.5 || maximumShare < 99.5 {
            let bound = minimumShare > 100.5 ? "minimum shares sum to \(rounded(minimumShare))%" : "maximum shares sum to \(rounded(maximumShare))%"
            diagnostics.error("the blueprint's ranges cannot make 100%: the \(bound)", at: locations["blueprint"])
            return
        }
        guard let lengths = spec.mode.scoredLength else { return }
        for length in lengths where !blueprint.isSatisfiable(atLength: length) {
            let ranges = blueprint.countRanges(forLength: length)
            if let empty = ranges.firstIndex(where: \.isEmpty) {
                diagnostics.error(
                    "\(areaName(blueprint, empty)) has no whole number of items within its range on a form of \(length) (\(ranges[empty].lower) to \(ranges[empty].upper))",
                    at: locations["blueprint.\(empty)"])
            } else {
                let lower = ranges.reduce(0) { $0 + $1.lower }
                let upper = ranges.reduce(0) { $0 + $1.upper }
                diagnostics.error(
                    "the blueprint cannot be met by a form of \(length) items: its areas take at least \(lower) and at most \(upper)",
                    at: locations["blueprint"])
            }
            return
        }
    }

    /// `objective 'FND-CASEWORK-1'`, `block 'safety'`.
    static func areaName(_ blueprint: Blueprint, _ index: Int) -> String {
        "\(blueprint.dimension.rawValue) '\(blueprint.areas[index].area)'"
    }

    static func rounded(_ value: Double) -> String {
        ((value * 100).rounded() / 100).plainText
    }
}
