import AssessCore

/// The items of a fixed form, one after another, for forward-only linear tests.
struct FormSource: ItemSource {
    var remaining: [String]
    var pretest: Set<String>

    mutating func next() -> SelectorStep {
        guard let id = remaining.first else { return .stop(reason: "form-complete") }
        return .item(id: id, isPretest: pretest.contains(id))
    }

    mutating func answered(itemID: String, score: Double?) {
        if remaining.first == itemID { remaining.removeFirst() }
    }

    var estimate: (theta: Double, standardError: Double)? { nil }
}
