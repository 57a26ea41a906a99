import AssessCore
import Foundation
import Yams

extension YAMLBankReader {
    /// Builds one item from its fields; nil when its id, type or stem cannot be read.
    static func readItem(_ fields: YAMLMapping, defaults: FileDefaults, diagnostics: inout Diagnostics) -> Item? {
        let file = fields.file
        guard let id = fields.requiredString("id", what: "an item", diagnostics: &diagnostics) else { return nil }
        let what = "item '\(id)'"
        guard fields.has("type") else {
            diagnostics.error("\(what) has no 'type' (one of \(ItemType.allCases.map(\.rawValue).joined(separator: ", ")))", at: fields.location)
            return nil
        }
        guard let type = fields.choice("type", as: ItemType.self, diagnostics: &diagnostics),
            let stem = fields.requiredString("stem", what: what, diagnostics: &diagnostics)
        else { return nil }

        var item = Item(id: id, type: type, stem: stem)
        item.status = fields.choice("status", as: ItemStatus.self, diagnostics: &diagnostics) ?? defaults.status ?? .active
        item.security = fields.choice("security", as: Security.self, diagnostics: &diagnostics) ?? defaults.security ?? .secure
        item.title = fields.string("title", diagnostics: &diagnostics)
        item.textFormat = fields.choice("format", as: TextFormat.self, diagnostics: &diagnostics) ?? .plain
        item.stimulus = fields.string("stimulus", diagnostics: &diagnostics)
        item.generalFeedback = fields.string("feedback", diagnostics: &diagnostics)
        item.enemies = fields.strings("enemies", diagnostics: &diagnostics)
        item.classification = readClassification(fields, defaults: defaults, diagnostics: &diagnostics)
        if let node = fields.node("irt") { item.irt = readIRT(node, file: file, diagnostics: &diagnostics) }
        if let node = fields.node("lint-exceptions") {
            item.lintExceptions = readExceptions(node, file: file, diagnostics: &diagnostics)
        }

        for key in ["scoring", "rationale", "scale", "options", "key"] where fields.has(key) && !accepts(type, key) {
            diagnostics.error("'\(key)' does not apply to a \(type.rawValue) item", at: fields.keyLocation(key))
        }
        switch type {
        case .singleBestAnswer, .multipleResponse:
            item.options = readOptions(fields, diagnostics: &diagnostics)
            if type == .multipleResponse {
                item.scoring = fields.choice("scoring", as: ResponseScoring.self, diagnostics: &diagnostics) ?? .allOrNothing
            }
            readKey(fields, into: &item, diagnostics: &diagnostics)
            item.shuffle = fields.bool("shuffle", diagnostics: &diagnostics) ?? true
        case .trueFalse:
            item.options = trueFalseOptions(fields, diagnostics: &diagnostics)
            item.shuffle = false
            if fields.has("shuffle") { diagnostics.error("true-false options are never shuffled", at: fields.keyLocation("shuffle")) }
        case .ratingScale:
            if let node = fields.node("scale") {
                item.ratingScale = readScale(node, file: file, diagnostics: &diagnostics)
            } else if let scale = defaults.scale {
                item.ratingScale = scale
            } else {
                diagnostics.error("\(what) is a rating item but neither it nor its file has a 'scale'", at: fields.location)
            }
            item.shuffle = false
        }
        return item
    }

    private static func accepts(_ type: ItemType, _ key: String) -> Bool {
        switch key {
        case "scoring": type == .multipleResponse
        case "rationale": type == .trueFalse
        case "scale": type == .ratingScale
        case "options": type == .singleBestAnswer || type == .multipleResponse
        case "key": type != .ratingScale
        default: true
        }
    }

    private static func readClassification(
        _ fields: YAMLMapping, defaults: FileDefaults, diagnostics: inout Diagnostics
    ) -> Classification {
        var classification = Classification()
        classification.block = fields.choice("block", as: Block.self, diagnostics: &diagnostics) ?? defaults.block
        classification.module = fields.string("module", diagnostics: &diagnostics) ?? defaults.module
        classification.objective = fields.string("objective", diagnostics: &diagnostics)
        classification.cognitiveLevel = fields.choice("level", as: CognitiveLevel.self, diagnostics: &diagnostics)
        classification.tags = fields.strings("tags", diagnostics: &diagnostics)
        classification.references = fields.strings("references", diagnostics: &diagnostics)
        classification.author = fields.string("author", diagnostics: &diagnostics) ?? defaults.author
        classification.addressedBy = fields.strings("addressed-by", diagnostics: &diagnostics)
        if let reviewed = fields.string("reviewed", diagnostics: &diagnostics) {
            if ISODate.isValid(reviewed) {
                classification.lastReviewed = reviewed
            } else {
                diagnostics.error("'reviewed' must be a date written YYYY-MM-DD, not '\(reviewed)'", at: fields.location(of: "reviewed"))
            }
        }
        return classification
    }

    private static func readOptions(_ fields: YAMLMapping, diagnostics: inout Diagnostics) -> [Option] {
        var options: [Option] = []
        for (index, node) in fields.sequence("options", diagnostics: &diagnostics).enumerated() {
            let letter = index < 26 ? Option.letter(at: index) : "\(index + 1)"
            if case .scalar(let scalar) = node {
                options.append(Option(id: letter, text: scalar.string))
                continue
            }
            guard let option = YAMLMapping(node, file: fields.file, what: "an option", allowed: optionKeys, diagnostics: &diagnostics),
                let text = option.requiredString("text", what: "option \(letter)", diagnostics: &diagnostics)
            else { continue }
            var credit = option.double("credit", diagnostics: &diagnostics)
            if let value = credit, !(-1...1).contains(value) {
                diagnostics.error("'credit' must lie between -1 and 1, not \(value)", at: option.location(of: "credit"))
                credit = nil
            }
            options.append(
                Option(
                    id: option.string("id", diagnostics: &diagnostics) ?? letter, text: text,
                    rationale: option.string("rationale", diagnostics: &diagnostics), credit: credit))
        }
        return options
    }

    /// Marks the keyed options from `key`: a letter, or a list of letters for multiple response.
    private static func readKey(_ fields: YAMLMapping, into item: inout Item, diagnostics: inout Diagnostics) {
        guard fields.has("key") else {
            let message = "item '\(item.id)' has no 'key'"
            if item.status == .draft {
                diagnostics.warning(message + " (allowed while it is a draft)", at: fields.location, rule: "missing-key")
            } else {
                diagnostics.error(message, at: fields.location)
            }
            return
        }
        let location = fields.location(of: "key")
        var letters = fields.strings("key", diagnostics: &diagnostics)
        if letters.count == 1, letters[0].contains(",") {
            letters = letters[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if item.type == .singleBestAnswer, letters.count != 1 {
            diagnostics.error("a single item has exactly one key letter; use type 'multiple' for several", at: location)
        }
        for letter in letters {
            guard let index = Option.index(ofLetter: letter) else {
                diagnostics.error("key '\(letter)' is not an option letter (A–H)", at: location)
                continue
            }
            guard index < item.options.count else {
                diagnostics.error(
                    "key '\(letter.uppercased())' is out of range: the item has \(item.options.count) options (A–\(Option.letter(at: max(0, item.options.count - 1))))",
                    at: location)
                continue
            }
            if item.options[index].isKey {
                diagnostics.warning("key '\(letter.uppercased())' is listed twice", at: location, rule: "duplicate-key")
            }
            item.options[index].isKey = true
        }
    }

    /// True/False options from a boolean key and the `rationale: {true:, false:}` mapping.
    private static func trueFalseOptions(_ fields: YAMLMapping, diagnostics: inout Diagnostics) -> [Option] {
        var rationaleTrue: String?
        var rationaleFalse: String?
        if let node = fields.node("rationale"),
            let rationale = YAMLMapping(node, file: fields.file, what: "a true-false rationale", allowed: ["true", "false"], diagnostics: &diagnostics)
        {
            rationaleTrue = rationale.string("true", diagnostics: &diagnostics)
            rationaleFalse = rationale.string("false", diagnostics: &diagnostics)
        }
        var key: Bool?
        if fields.has("key") {
            key = fields.bool("key", diagnostics: &diagnostics)
        } else {
            diagnostics.error("true-false item has no 'key' (true or false)", at: fields.location)
        }
        return [
            Option(id: "A", text: "True", rationale: rationaleTrue, isKey: key == true),
            Option(id: "B", text: "False", rationale: rationaleFalse, isKey: key == false),
        ]
    }

    private static func readIRT(_ node: Node, file: String, diagnostics: inout Diagnostics) -> IRTParameters? {
        guard let fields = YAMLMapping(node, file: file, what: "'irt'", allowed: irtKeys, diagnostics: &diagnostics) else { return nil }
        guard fields.has("model") else {
            diagnostics.error("'irt' has no 'model' (one of \(IRTModel.allCases.map(\.rawValue).joined(separator: ", ")))", at: fields.location)
            return nil
        }
        guard let model = fields.choice("model", as: IRTModel.self, diagnostics: &diagnostics) else { return nil }
        var parameters = IRTParameters(model: model)
        parameters.a = fields.double("a", diagnostics: &diagnostics) ?? 1
        parameters.b = fields.double("b", diagnostics: &diagnostics)
        parameters.c = fields.double("c", diagnostics: &diagnostics) ?? 0
        parameters.thresholds = fields.doubles("thresholds", diagnostics: &diagnostics)
        parameters.scalingConstant = fields.double("d", diagnostics: &diagnostics) ?? 1
        parameters.source = fields.string("source", diagnostics: &diagnostics)
        parameters.sampleSize = fields.int("n", diagnostics: &diagnostics)
        if model == .rasch, fields.has("a"), parameters.a != 1 {
            diagnostics.error("a Rasch item has a = 1; use model 2pl for another discrimination", at: fields.location(of: "a"))
        }
        if model != .threePL, fields.has("c"), parameters.c != 0 {
            diagnostics.error("only a 3pl item has a lower asymptote c", at: fields.location(of: "c"))
        }
        if model.isDichotomous, parameters.b == nil {
            diagnostics.error("a \(model.rawValue) item needs a difficulty 'b'", at: fields.location)
        }
        if !model.isDichotomous, parameters.thresholds.isEmpty {
            diagnostics.error("a \(model.rawValue) item needs 'thresholds'", at: fields.location)
        }
        if parameters.scalingConstant != 1, parameters.scalingConstant != 1.702 {
            diagnostics.error("'d' (the scaling constant) must be 1 or 1.702", at: fields.location(of: "d"))
        }
        return parameters
    }

    private static func readExceptions(_ node: Node, file: String, diagnostics: inout Diagnostics) -> [String: String] {
        guard case .mapping(let mapping) = node else {
            diagnostics.error("'lint-exceptions' must map rule ids to justifications", at: YAMLMapping.location(of: node, file: file))
            return [:]
        }
        var exceptions: [String: String] = [:]
        for (key, value) in mapping {
            guard case .scalar(let rule) = key, case .scalar(let reason) = value, !reason.string.isEmpty else {
                diagnostics.error("each lint exception needs a rule id and a written justification", at: YAMLMapping.location(of: key, file: file))
                continue
            }
            exceptions[rule.string] = reason.string
        }
        return exceptions
    }
}
