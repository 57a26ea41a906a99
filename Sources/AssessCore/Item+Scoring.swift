extension Item {
    /// The score in [0, 1] earned by selecting the options with `selectedIDs` (order ignored).
    ///
    /// - Single best answer and true/false: 1 when exactly the key is selected, else 0.
    /// - Multiple response, all-or-nothing: 1 when the selected set equals the keyed set, else 0.
    /// - Multiple response, per-option: the sum of the selected options' credits
    ///   (``Option/effectiveCredit(in:)``), clamped to [0, 1].
    /// - Rating-scale items have no key: their score is given by ``ratingScore(_:)``.
    ///
    /// - Precondition: the item is a choice item and every id names one of its options.
    public func score(selecting selectedIDs: Set<String>) -> Double {
        precondition(type != .ratingScale, "item \(id) is a rating item; use ratingScore(_:)")
        precondition(selectedIDs.allSatisfy { id in options.contains { $0.id == id } }, "unknown option id for item \(id)")
        let keyed = Set(options.filter(\.isKey).map(\.id))
        switch (type, scoring) {
        case (.multipleResponse, .perOption):
            let total = options.filter { selectedIDs.contains($0.id) }.reduce(0) { $0 + $1.effectiveCredit(in: self) }
            return min(1, max(0, total))
        default:
            return selectedIDs == keyed ? 1 : 0
        }
    }

    /// The scored value of a rating `1…k`: the rating itself, or k + 1 − rating for a reversed
    /// statement; nil when the rating is out of range.
    public func ratingScore(_ rating: Int) -> Int? {
        guard let scale = ratingScale, (1...scale.points).contains(rating) else { return nil }
        return scale.reversed ? scale.points + 1 - rating : rating
    }
}
