import AssessCore

/// Building a linear design from a test specification.
extension LinearDesign {
    /// The linear design a specification describes: its order. A linear test delivers its
    /// whole pool, so the spec's checks on the form are checked on `pool` here: the stated
    /// length, and the blueprint's count ranges at the pool's number of scored items.
    ///
    /// - Throws: ``SequencingError/unsupportedSpecSetting(setting:reason:)`` for another mode,
    ///   a pretest plan, an adaptive time-out rule, a stated length the pool does not have, or
    ///   a pool that does not meet the blueprint.
    public init(spec: TestSpec, pool: SequencerPool) throws(SequencingError) {
        guard case .linear(let form) = spec.mode else {
            throw .unsupportedSpecSetting(setting: "mode: \(spec.mode.name)", reason: "a linear design needs mode: linear")
        }
        if spec.pretest != nil {
            throw .unsupportedSpecSetting(
                setting: "pretest", reason: "a linear test delivers its whole pool; put pilot items in the pool")
        }
        try RandomFormDesign.checkTimeOut(spec)
        if let length = form.length, length != pool.count {
            throw .unsupportedSpecSetting(setting: "form.length: \(length)", reason: "the pool holds \(pool.count) items")
        }
        if let blueprint = spec.blueprint {
            let content = ContentBlueprint(spec: blueprint)
            let scored = pool.items.filter { !$0.isPretest }
            var counts = [Int](repeating: 0, count: content.areas.count)
            for case let area? in content.areaAssignment(in: pool) { counts[area] += 1 }
            let ranges = blueprint.countRanges(forLength: scored.count)
            for (index, range) in ranges.enumerated() where !range.contains(counts[index]) {
                throw .unsupportedSpecSetting(
                    setting: "blueprint: \(blueprint.areas[index].area)",
                    reason: "the pool holds \(counts[index]) of its items, the blueprint asks for \(range)")
            }
        }
        self.init(order: form.order == .shuffled ? .shuffled : .fixed)
    }
}
