import AssessCore

/// Checks items on their own and the bank as a whole, and builds the ``ItemBank``.
///
/// Errors make a bank unusable (a single item with two keys cannot be scored); warnings flag
/// suspicious content that a reviewer should look at (two options with the same text).
/// Every diagnostic is located at the item's definition.
public enum BankValidator {
    /// Plausible ranges of IRT parameters on the logistic metric; values outside them are
    /// legal but usually a data-entry or calibration problem (cf. Baker & Kim 2004, ch. 2:
    /// a typically in (0, 3], b in [−3, 3]; c for four-option items near 0.25).
    public static let plausibleA = 0.2...4.0
    public static let plausibleB = -4.0...4.0
    public static let plausibleC = 0.0...0.35

    /// Validates `documents` together and returns the bank (built even when there are errors,
    /// so that listings can still show what was read) with every problem found.
    public static func validate(_ documents: [BankDocument]) -> (bank: ItemBank, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        for document in documents { diagnostics.append(contentsOf: document.diagnostics) }

        var stimuli: [Stimulus] = []
        var stimulusDefinitions: [String: (Stimulus, SourceLocation)] = [:]
        for document in documents {
            for stimulus in document.stimuli {
                let location = document.stimulusLocations[stimulus.id] ?? SourceLocation(file: document.file)
                if let (first, firstLocation) = stimulusDefinitions[stimulus.id] {
                    if first != stimulus {
                        diagnostics.error("stimulus '\(stimulus.id)' is defined twice with different text (first at \(firstLocation))", at: location)
                    }
                    continue
                }
                stimulusDefinitions[stimulus.id] = (stimulus, location)
                stimuli.append(stimulus)
            }
        }

        var items: [Item] = []
        var locations: [String: SourceLocation] = [:]
        for document in documents {
            for item in document.items {
                let location = document.location(ofItem: item.id)
                if let first = locations[item.id], let existing = items.first(where: { $0.id == item.id }) {
                    if existing == item {
                        diagnostics.warning("item '\(item.id)' is defined twice with the same content (first at \(first)); the copy is ignored", at: location, rule: "duplicate-id")
                    } else {
                        diagnostics.error("item id '\(item.id)' is already used by a different item at \(first); ids must be unique across the bank", at: location)
                    }
                    continue
                }
                locations[item.id] = location
                items.append(item)
                check(item, at: location, stimuli: stimulusDefinitions, into: &diagnostics)
            }
        }
        let bank = ItemBank(items: items, stimuli: stimuli)
        checkBank(bank, locations: locations, into: &diagnostics)
        return (bank, diagnostics)
    }
}
