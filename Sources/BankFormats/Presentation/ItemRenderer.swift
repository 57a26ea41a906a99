import AssessCore

/// Shows one item as authored, for authors and reviewers (`assess bank show`).
///
/// Without `revealKey` nothing that gives the answer away is printed: no key marks, no
/// rationales, no feedback, no credits and no IRT parameters.
public enum ItemRenderer {
    public static func render(id: String, in bank: ItemBank, revealKey: Bool) throws(BankError) -> String {
        guard let item = bank[id] else {
            throw .unknownItem(id: id, suggestion: Suggestion.closest(to: id, among: bank.items.map(\.id)))
        }
        let classification = item.classification
        var out = "\(item.id)  [\(item.type.rawValue), \(item.status.rawValue), \(item.security.rawValue)]\n"
        out += "version: \(bank.versions[item.id] ?? "")\n"
        if let block = classification.block { out += "block: \(block.title)\n" }
        if let module = classification.module { out += "module: \(module)\n" }
        if let objective = classification.objective { out += "objective: \(objective)\n" }
        if let level = classification.cognitiveLevel { out += "level: \(level.rawValue)\n" }
        if let stimulusID = item.stimulus, let stimulus = bank.stimuli[stimulusID] {
            out += "\n[\(stimulus.id)] \(stimulus.title ?? "")\n\(stimulus.text)\n"
        }
        out += "\n\(item.stem)\n\n"
        for (index, option) in item.options.enumerated() {
            let mark = revealKey && option.isKey ? "*" : " "
            out += "\(mark) \(Option.letter(at: min(index, 25))). \(option.text)\n"
            if revealKey, let rationale = option.rationale { out += "     rationale: \(rationale)\n" }
            if revealKey, item.scoring == .perOption { out += "     credit: \(option.effectiveCredit(in: item))\n" }
        }
        if let scale = item.ratingScale {
            for point in 1...max(1, scale.points) {
                let anchor = point <= scale.anchors.count ? scale.anchors[point - 1] : ""
                out += "  \(point). \(anchor)\n"
            }
        }
        if revealKey {
            if !item.keyLetters.isEmpty { out += "\nkey: \(item.keyLetters.joined(separator: ", "))" + (item.type == .multipleResponse ? " (\(item.scoring.rawValue))" : "") + "\n" }
            if let feedback = item.generalFeedback { out += "feedback: \(feedback)\n" }
            if let irt = item.irt {
                out += "irt: \(irt.model.rawValue) a=\(irt.a)"
                if let b = irt.b { out += " b=\(b)" }
                if irt.model == .threePL { out += " c=\(irt.c)" }
                if !irt.thresholds.isEmpty { out += " thresholds=\(irt.thresholds.map { "\($0)" }.joined(separator: ","))" }
                out += " D=\(irt.scalingConstant)" + (irt.source.map { " (\($0))" } ?? "") + "\n"
            }
        } else if item.type != .ratingScale {
            out += "\n(key and rationales hidden; use --reveal-key)\n"
        }
        if !item.enemies.isEmpty { out += "enemies: \(item.enemies.joined(separator: ", "))\n" }
        if !classification.tags.isEmpty { out += "tags: \(classification.tags.joined(separator: ", "))\n" }
        if !classification.references.isEmpty { out += "references: \(classification.references.joined(separator: "; "))\n" }
        return out
    }
}
