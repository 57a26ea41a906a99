import AssessCore

/// Checks test specifications on their own, against each other and against an item bank.
///
/// Three layers, each reported with the location of the part that needs the change:
/// - the design on its own (``checkDesign(_:locations:)``): the parts fit together — an
///   adaptive test is scored by θ and never goes back, a certification never reveals keys, the
///   blueprint's shares sum to 100%, the stopping lengths and cut are consistent;
/// - against the bank (``checkAgainstBank(_:locations:bank:specs:)``): the pool is not empty,
///   names what exists, holds items the scoring can use, and can supply every blueprint area
///   at every length the test may have, enemies, stimulus sets and exclusions of seen items
///   included;
/// - across specs (``validate(_:bank:)``): ids are unique and `exclude-seen` names real tests.
public enum TestSpecValidator {
    /// Every diagnostic for `documents`: what the reader found, then each spec's checks (against
    /// `bank` when given), sorted by the caller as it likes. `references` are further specs that
    /// `exclude-seen` rules may name (the rest of the folder when a few files are validated);
    /// they are not themselves checked.
    public static func validate(_ documents: [TestSpecDocument], bank: ItemBank?, references: [TestSpec] = []) -> Diagnostics {
        var diagnostics = Diagnostics()
        var firstByID: [String: TestSpecDocument] = [:]
        for document in documents {
            diagnostics.append(contentsOf: document.diagnostics)
            guard let spec = document.spec else { continue }
            if let first = firstByID[spec.id] {
                diagnostics.error("test id '\(spec.id)' is already used by \(first.locations["id"])", at: document.locations["id"])
                continue
            }
            firstByID[spec.id] = document
        }
        var specs = firstByID.mapValues { $0.spec }.compactMapValues { $0 }
        for reference in references where specs[reference.id] == nil { specs[reference.id] = reference }
        for document in documents {
            guard let spec = document.spec, firstByID[spec.id]?.file == document.file else { continue }
            diagnostics.append(contentsOf: checkDesign(spec, locations: document.locations))
            diagnostics.append(contentsOf: checkReferences(spec, locations: document.locations, specs: specs))
            if let bank {
                diagnostics.append(contentsOf: checkAgainstBank(spec, locations: document.locations, bank: bank, specs: specs))
            }
        }
        return diagnostics
    }

    /// Tests named by `exclude-seen` must exist.
    static func checkReferences(_ spec: TestSpec, locations: TestSpecLocations, specs: [String: TestSpec]) -> Diagnostics {
        var diagnostics = Diagnostics()
        let known = specs.keys.sorted()
        for (ruleIndex, rule) in spec.attempts.excludeSeen.enumerated() {
            for (index, id) in rule.tests.enumerated() where specs[id] == nil {
                var message = "exclude-seen names test '\(id)', which no specification defines"
                if let suggestion = Suggestion.closest(to: id, among: known) { message += "; did you mean '\(suggestion)'?" }
                diagnostics.error(message, at: locations["attempts.exclude-seen.\(ruleIndex).tests.\(index)"])
            }
        }
        return diagnostics
    }

    /// `1 item`, `3 items`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// `A, B, C` and at most `limit` of them, then `…`.
    static func list(_ ids: [String], limit: Int = 3) -> String {
        ids.prefix(limit).joined(separator: ", ") + (ids.count > limit ? ", …" : "")
    }
}
