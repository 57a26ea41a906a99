import AssessCore

/// The rules that look across a module; each finding is reported at (and may be excepted on)
/// the first item of the group it concerns.
enum BankChecks {
    /// Modules whose single-answer items put more than 35% of keys on one letter (only modules
    /// with at least 10 such items: fewer are too noisy to judge).
    static func keyBalance(_ bank: ItemBank) -> [(itemID: String, finding: ItemChecks.Finding)] {
        var findings: [(itemID: String, finding: ItemChecks.Finding)] = []
        var byModule: [String: [Item]] = [:]
        var order: [String] = []
        for item in bank.items where item.type == .singleBestAnswer && item.status != .retired {
            let module = item.classification.module ?? "(no module)"
            if byModule[module] == nil { order.append(module) }
            byModule[module, default: []].append(item)
        }
        for module in order {
            let items = byModule[module] ?? []
            guard items.count >= 10 else { continue }
            var counts: [String: Int] = [:]
            for item in items { if let letter = item.keyLetters.first { counts[letter, default: 0] += 1 } }
            guard let (letter, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                Double(count) / Double(items.count) > 0.35
            else { continue }
            let share = Int((Double(count) / Double(items.count) * 100).rounded())
            let spread = counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            findings.append((items[0].id, ("key-balance", "module '\(module)': \(share)% of single-answer keys are \(letter) (\(spread)); move some keys to other letters")))
        }
        return findings
    }

    /// Objectives of a module with fewer active items than two parallel forms need.
    static func objectiveCoverage(_ bank: ItemBank, minimum: Int) -> [(itemID: String, finding: ItemChecks.Finding)] {
        var findings: [(itemID: String, finding: ItemChecks.Finding)] = []
        var counts: [String: [String: (count: Int, first: String)]] = [:]
        var order: [(String, String)] = []
        for item in bank.items where item.status == .active && item.type != .ratingScale {
            guard let module = item.classification.module, let objective = item.classification.objective else { continue }
            if counts[module]?[objective] == nil { order.append((module, objective)) }
            let previous = counts[module]?[objective]
            counts[module, default: [:]][objective] = ((previous?.count ?? 0) + 1, previous?.first ?? item.id)
        }
        for (module, objective) in order {
            guard let entry = counts[module]?[objective], entry.count < minimum else { continue }
            findings.append((entry.first, ("objective-coverage", "objective '\(objective)' of module '\(module)' has \(entry.count) active \(entry.count == 1 ? "item" : "items"); parallel pre and post forms need at least \(minimum)")))
        }
        return findings
    }

    /// A shortfall of a spec's blueprint, worded for the bank's author: which test, where its
    /// requirement is written, and the first item of the area short of items.
    struct BlueprintFinding {
        var itemID: String?
        var message: String
        var location: SourceLocation
    }

    /// The blueprint shortfalls of every spec whose pool draws on `bank`.
    static func blueprintFeasibility(_ bank: ItemBank, specs documents: [TestSpecDocument]) -> [BlueprintFinding] {
        var specs: [String: TestSpec] = [:]
        for spec in documents.compactMap(\.spec) where specs[spec.id] == nil { specs[spec.id] = spec }
        var findings: [BlueprintFinding] = []
        for document in documents {
            guard let spec = document.spec else { continue }
            for shortfall in TestSpecValidator.blueprintShortfalls(spec, bank: bank, specs: specs) {
                let location = document.locations[shortfall.path]
                findings.append(
                    BlueprintFinding(itemID: shortfall.itemID, message: "test '\(spec.id)' (\(location)): \(shortfall.message)", location: location))
            }
        }
        return findings
    }
}
