extension ItemPool {
    /// Whether `item` matches every selection criterion and an allowed status (ids listed in
    /// ``include`` or ``exclude`` are not considered here).
    public func matchesCriteria(_ item: Item) -> Bool {
        guard statuses.contains(item.status) else { return false }
        if !hasCriteria { return include.isEmpty }
        let classification = item.classification
        if !blocks.isEmpty, !(classification.block.map(blocks.contains) ?? false) { return false }
        if !modules.isEmpty, !(classification.module.map(modules.contains) ?? false) { return false }
        if !objectives.isEmpty, !(classification.objective.map(objectives.contains) ?? false) { return false }
        if !tags.isEmpty, !classification.tags.contains(where: tags.contains) { return false }
        if !types.isEmpty, !types.contains(item.type) { return false }
        if !security.isEmpty, !security.contains(item.security) { return false }
        return true
    }

    /// The pool's items: those listed in ``include`` first, in listed order, then those matching
    /// the criteria, in bank order; excluded ids and ids the bank lacks are left out. This is the
    /// fixed order of a linear test.
    public func items(in bank: ItemBank) -> [Item] {
        let excluded = Set(exclude)
        var seen = Set<String>()
        var result: [Item] = []
        for id in include where !excluded.contains(id) && !seen.contains(id) {
            guard let item = bank[id] else { continue }
            seen.insert(id)
            result.append(item)
        }
        for item in bank.items where !excluded.contains(item.id) && !seen.contains(item.id) && matchesCriteria(item) {
            seen.insert(item.id)
            result.append(item)
        }
        return result
    }
}
