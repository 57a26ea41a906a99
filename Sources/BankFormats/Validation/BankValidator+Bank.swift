import AssessCore

extension BankValidator {
    /// Checks that need the whole bank: enemies and identical stems.
    static func checkBank(_ bank: ItemBank, locations: [String: SourceLocation], into diagnostics: inout Diagnostics) {
        var stems: [String: String] = [:]
        for item in bank.items {
            let location = locations[item.id] ?? SourceLocation(file: "?")
            for enemy in item.enemies where enemy != item.id && bank[enemy] == nil {
                diagnostics.warning("item '\(item.id)' lists enemy '\(enemy)', which is not in the bank", at: location, rule: "unknown-enemy")
            }
            // Rating statements of different scales may legitimately share wording; choice stems may not.
            guard item.type != .ratingScale, item.stimulus == nil else { continue }
            let normalized = item.stem.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if let first = stems[normalized] {
                diagnostics.warning("item '\(item.id)' has the same stem as item '\(first)'", at: location, rule: "identical-stem")
            } else {
                stems[normalized] = item.id
            }
        }
    }
}
