/// What a form is built from: a single item, or the members of one stimulus set, delivered
/// consecutively in authored order.
struct FormUnit: Sendable, Hashable {
    /// Pool positions, in delivery order.
    var items: [Int]

    /// The pool's items grouped into units in order of each unit's first item: a set takes the
    /// place of its first member in `candidates`, and only the set members that are in
    /// `candidates` are kept.
    static func units(of candidates: [Int], in pool: SequencerPool) -> [FormUnit] {
        var included = [Bool](repeating: false, count: pool.count)
        for index in candidates { included[index] = true }
        var emittedSet = [Bool](repeating: false, count: pool.stimulusSets.count)
        var units: [FormUnit] = []
        for index in candidates {
            guard let set = pool.items[index].stimulusSet else {
                units.append(FormUnit(items: [index]))
                continue
            }
            guard !emittedSet[set] else { continue }
            emittedSet[set] = true
            units.append(FormUnit(items: pool.stimulusSets[set].members.filter { included[$0] }))
        }
        return units
    }
}
