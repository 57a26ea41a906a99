import AssessCore

extension QTIChoiceItemReader {
    /// Option credits from a `mapping`, as fractions of the item's maximum score.
    ///
    /// QTI maps choices to points (`mappedValue`, `defaultValue` for choices without an entry)
    /// and clamps the sum to [`lowerBound`, `upperBound`]; the model's credits are fractions in
    /// [−1, 1] whose sum is clamped to [0, 1]. Dividing by the maximum score (`upperBound`, or
    /// the best the mapping allows: the sum of positive points, the largest one for a
    /// single-answer item) keeps every score the same. A credit still outside [−1, 1] is
    /// clamped with a warning.
    mutating func credits(from mapping: SourceElement, choices: [String], type: ItemType) -> [String: Double]? {
        var isValid = true
        let defaultPoints = number("defaultValue", of: mapping, isValid: &isValid) ?? 0
        let upperBound = number("upperBound", of: mapping, isValid: &isValid)
        var points = Dictionary(uniqueKeysWithValues: choices.map { ($0, defaultPoints) })
        var entries: [String: SourceElement] = [:]
        for entry in mapping.children("mapEntry") {
            guard let key = required("mapKey", of: entry), required("mappedValue", of: entry) != nil,
                let value = number("mappedValue", of: entry, isValid: &isValid)
            else {
                isValid = false
                continue
            }
            let id = key.trimmingXMLWhitespace
            guard points[id] != nil else {
                diagnostics.warning(
                    "<\(entry.name)> key \"\(id)\" is not the identifier of a "
                        + "<\(version.elementName("simpleChoice"))>; it is ignored",
                    at: entry.location, rule: QTIRule.unknownChoice)
                continue
            }
            points[id] = value
            entries[id] = entry
        }
        guard isValid else { return nil }

        let positive = choices.compactMap { points[$0] }.filter { $0 > 0 }
        let best = type == .multipleResponse ? positive.reduce(0, +) : positive.max() ?? 0
        let maximum = upperBound ?? best
        guard maximum > 0 else {
            diagnostics.error(
                "<\(mapping.name)> gives no positive score, so its values cannot be made fractions of the "
                    + "item's maximum score",
                at: mapping.location, rule: QTIRule.invalidAttribute)
            return nil
        }
        var credits: [String: Double] = [:]
        for id in choices {
            let credit = (points[id] ?? defaultPoints) / maximum
            let clamped = min(1, max(-1, credit))
            if clamped != credit {
                diagnostics.warning(
                    "the credit of choice \"\(id)\" is \(credit.qtiText) of the maximum score; "
                        + "it is clamped to \(clamped.qtiText)",
                    at: entries[id]?.location ?? mapping.location, rule: QTIRule.creditClamped)
            }
            credits[id] = clamped
        }
        return credits
    }

    /// A finite number attribute; nil when absent, or when invalid (with an error, and
    /// `isValid` cleared).
    mutating func number(_ attribute: String, of element: SourceElement, isValid: inout Bool) -> Double? {
        guard let raw = element[attribute] else { return nil }
        if let value = Double(raw.trimmingXMLWhitespace), value.isFinite { return value }
        diagnostics.error(
            "\(version.attributeName(attribute)) \"\(raw)\" is not a number", at: element.location,
            rule: QTIRule.invalidAttribute)
        isValid = false
        return nil
    }
}
