import AssessCore
import Foundation

extension BankValidator {
    /// Checks one item on its own.
    static func check(
        _ item: Item, at location: SourceLocation, stimuli: [String: (Stimulus, SourceLocation)],
        into diagnostics: inout Diagnostics
    ) {
        let name = "item '\(item.id)'"
        if item.id.isEmpty || item.id.contains(where: { $0.isWhitespace || $0.isNewline }) {
            diagnostics.error("item id '\(item.id)' must be non-empty and contain no spaces", at: location)
        }
        if item.stem.allSatisfy(\.isWhitespace) {
            diagnostics.error("\(name) has an empty stem", at: location)
        }
        if let stimulus = item.stimulus, stimuli[stimulus] == nil {
            diagnostics.error("\(name) refers to stimulus '\(stimulus)', which is not defined", at: location)
        }
        switch item.type {
        case .singleBestAnswer, .multipleResponse, .trueFalse:
            checkOptions(item, at: location, into: &diagnostics)
        case .ratingScale:
            checkScale(item, at: location, into: &diagnostics)
        }
        if let irt = item.irt { checkIRT(irt, of: item, at: location, into: &diagnostics) }
        if item.enemies.contains(item.id) {
            diagnostics.warning("\(name) lists itself as an enemy", at: location, rule: "self-enemy")
        }
    }

    private static func checkOptions(_ item: Item, at location: SourceLocation, into diagnostics: inout Diagnostics) {
        let name = "item '\(item.id)'"
        if item.type != .trueFalse, !(2...8).contains(item.options.count) {
            diagnostics.error("\(name) has \(item.options.count) options; a choice item has 2 to 8", at: location)
        }
        // A missing key is reported by the reader, which knows whether the item is a draft.
        let keyCount = item.options.count(where: \.isKey)
        if item.type == .singleBestAnswer, keyCount > 1 {
            diagnostics.error("\(name) is single best answer but has \(keyCount) keys", at: location)
        }
        var seenIDs: Set<String> = []
        var seenTexts: [Substring: String] = [:]
        for (index, option) in item.options.enumerated() {
            let letter = Option.letter(at: min(index, 25))
            if !seenIDs.insert(option.id).inserted {
                diagnostics.error("\(name): option id '\(option.id)' is used twice", at: location)
            }
            let normalized = normalizedOptionText(option.text)
            if normalized.isEmpty {
                diagnostics.error("\(name): option \(letter) is empty", at: location)
            } else if let first = seenTexts[normalized] {
                diagnostics.warning("\(name): options \(first) and \(letter) have the same text", at: location, rule: "duplicate-option")
            } else {
                seenTexts[normalized] = letter
            }
            if item.shuffle, AllOfTheAbove.matches(option.text) {
                diagnostics.warning(
                    "\(name): option \(letter) says \"\(option.text)\" but the options may be shuffled; set 'shuffle: false' or reword",
                    at: location, rule: "all-of-the-above-shuffled")
            }
        }
        if item.scoring == .perOption, item.type == .multipleResponse {
            let best = item.options.map { $0.effectiveCredit(in: item) }.filter { $0 > 0 }.reduce(0, +)
            if best < 0.999 {
                diagnostics.warning("\(name): the positive credits add up to \(best), so no answer earns full credit", at: location, rule: "partial-credit-sum")
            }
        }
    }

    private static func checkScale(_ item: Item, at location: SourceLocation, into diagnostics: inout Diagnostics) {
        guard let scale = item.ratingScale else { return }
        let name = "item '\(item.id)'"
        if !(2...10).contains(scale.points) {
            diagnostics.error("\(name): a rating scale has 2 to 10 points, not \(scale.points)", at: location)
        }
        if !scale.anchors.isEmpty, scale.anchors.count != scale.points {
            diagnostics.error("\(name): the scale has \(scale.points) points but \(scale.anchors.count) anchors", at: location)
        }
    }

    private static func checkIRT(_ irt: IRTParameters, of item: Item, at location: SourceLocation, into diagnostics: inout Diagnostics) {
        let name = "item '\(item.id)'"
        if item.type == .ratingScale, irt.model.isDichotomous {
            diagnostics.error("\(name) is a rating item; its IRT model must be grm or gpcm, not \(irt.model.rawValue)", at: location)
            return
        }
        if item.type != .ratingScale, !irt.model.isDichotomous {
            diagnostics.error("\(name) is scored right or wrong; its IRT model must be rasch, 2pl or 3pl, not \(irt.model.rawValue)", at: location)
            return
        }
        if !plausibleA.contains(irt.a) {
            diagnostics.warning("\(name): discrimination a = \(irt.a) is outside the plausible range \(plausibleA)", at: location, rule: "irt-range")
        }
        if let b = irt.b, !plausibleB.contains(b) {
            diagnostics.warning("\(name): difficulty b = \(b) is outside the plausible range \(plausibleB)", at: location, rule: "irt-range")
        }
        if !plausibleC.contains(irt.c) {
            diagnostics.warning("\(name): lower asymptote c = \(irt.c) is outside the plausible range \(plausibleC)", at: location, rule: "irt-range")
        }
        if let scale = item.ratingScale, !irt.thresholds.isEmpty, irt.thresholds.count != scale.points - 1 {
            diagnostics.error("\(name): a \(scale.points)-point scale needs \(scale.points - 1) thresholds, not \(irt.thresholds.count)", at: location)
        }
        if irt.model == .grm, zip(irt.thresholds, irt.thresholds.dropFirst()).contains(where: { $0 >= $1 }) {
            diagnostics.error("\(name): graded-response thresholds must increase", at: location)
        }
    }
}

/// Option text compared for duplicates: lower case, without surrounding spaces and punctuation.
private func normalizedOptionText(_ text: String) -> Substring {
    let lowered = text.lowercased()
    let isPadding: (Character) -> Bool = { $0.isWhitespace || $0.isPunctuation }
    guard let first = lowered.firstIndex(where: { !isPadding($0) }), let last = lowered.lastIndex(where: { !isPadding($0) }) else {
        return ""
    }
    return lowered[first...last]
}

/// Recognises "all of the above" / "none of the above" options, whose meaning depends on position.
enum AllOfTheAbove {
    static func matches(_ text: String) -> Bool {
        // Cheap test first: the phrase needs the word "above".
        guard text.utf8.count >= 9, text.lowercased().firstRange(of: "above") != nil else { return false }
        let lowered = text.lowercased()
        return lowered.firstRange(of: "of the above") != nil || lowered.firstRange(of: "all the above") != nil
    }
}
