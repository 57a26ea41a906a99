import AssessCore
import Foundation
import Yams

/// Writes items and stimuli in the native YAML format, so that reading the text back with
/// ``YAMLBankReader`` yields identical items (the round trip is tested).
///
/// Every field is written on the item itself (no file defaults), in the order of
/// docs/ITEM-FORMAT.md; defaults are omitted (status active, security secure, format plain,
/// shuffle true, scoring all-or-nothing) to keep files readable.
public enum YAMLBankWriter {
    public static func write(items: [Item], stimuli: [Stimulus]) -> String {
        var top: [(Node, Node)] = []
        if !stimuli.isEmpty { top.append((key("stimuli"), .sequence(.init(stimuli.map(node(for:)))))) }
        top.append((key("items"), .sequence(.init(items.map(node(for:))))))
        do {
            return try Yams.serialize(node: .mapping(.init(top)), width: -1, allowUnicode: true)
        } catch {
            // The emitter fails only on malformed nodes, which this writer never builds.
            preconditionFailure("YAML emitter rejected a bank: \(error)")
        }
    }

    static func key(_ name: String) -> Node { Node(name) }

    /// A text scalar whose style keeps it a string when read back: multi-line text as a literal
    /// block, text that YAML would resolve to a boolean, number or null double-quoted.
    static func text(_ string: String) -> Node {
        if string.contains("\n") { return Node(string, .implicit, .literal) }
        if Resolver.default.resolveTag(of: Node(string)) != .str || string != string.trimmingCharacters(in: .whitespaces) || string.isEmpty {
            return Node(string, .implicit, .doubleQuoted)
        }
        return Node(string)
    }

    static func number(_ value: Double) -> Node {
        // Swift's description is the shortest text that reads back as the same double.
        Node(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)")
    }

    static func list(_ values: [String]) -> Node {
        .sequence(.init(values.map(text), .implicit, .flow))
    }

    static func node(for stimulus: Stimulus) -> Node {
        var pairs: [(Node, Node)] = [(key("id"), text(stimulus.id))]
        if let title = stimulus.title { pairs.append((key("title"), text(title))) }
        if stimulus.textFormat != .plain { pairs.append((key("format"), Node(stimulus.textFormat.rawValue))) }
        pairs.append((key("text"), text(stimulus.text)))
        return .mapping(.init(pairs))
    }

    static func node(for item: Item) -> Node {
        var pairs: [(Node, Node)] = [(key("id"), text(item.id)), (key("type"), Node(item.type.rawValue))]
        func add(_ name: String, _ value: String?) { if let value { pairs.append((key(name), text(value))) } }
        func add(_ name: String, _ values: [String]) { if !values.isEmpty { pairs.append((key(name), list(values))) } }
        if item.status != .active { add("status", item.status.rawValue) }
        if item.security != .secure { add("security", item.security.rawValue) }
        add("title", item.title)
        if item.textFormat != .plain { add("format", item.textFormat.rawValue) }
        let classification = item.classification
        add("block", classification.block?.rawValue)
        add("module", classification.module)
        add("objective", classification.objective)
        add("level", classification.cognitiveLevel?.rawValue)
        add("author", classification.author)
        add("reviewed", classification.lastReviewed)
        add("tags", classification.tags)
        add("references", classification.references)
        add("addressed-by", classification.addressedBy)
        add("stimulus", item.stimulus)
        add("stem", item.stem)
        switch item.type {
        case .singleBestAnswer, .multipleResponse:
            if item.type == .multipleResponse, item.scoring != .allOrNothing { add("scoring", item.scoring.rawValue) }
            pairs.append((key("options"), .sequence(.init(item.options.enumerated().map(optionNode)))))
            let letters = item.keyLetters
            if item.type == .singleBestAnswer, letters.count == 1 {
                add("key", letters[0])
            } else if !letters.isEmpty {
                add("key", letters)
            }
            if !item.shuffle { pairs.append((key("shuffle"), Node("false"))) }
        case .trueFalse:
            if let keyed = item.options.first(where: \.isKey) { pairs.append((key("key"), Node(keyed.id == "A" ? "true" : "false"))) }
            let rationales = item.options.map(\.rationale)
            if rationales.contains(where: { $0 != nil }) {
                var mapping: [(Node, Node)] = []
                if let onTrue = rationales.first ?? nil { mapping.append((Node("true"), text(onTrue))) }
                if rationales.count > 1, let onFalse = rationales[1] { mapping.append((Node("false"), text(onFalse))) }
                pairs.append((key("rationale"), .mapping(.init(mapping))))
            }
        case .ratingScale:
            if let scale = item.ratingScale { pairs.append((key("scale"), node(for: scale))) }
        }
        add("feedback", item.generalFeedback)
        if let irt = item.irt { pairs.append((key("irt"), node(for: irt))) }
        add("enemies", item.enemies)
        if !item.lintExceptions.isEmpty {
            let exceptions = item.lintExceptions.sorted { $0.key < $1.key }.map { (key($0.key), text($0.value)) }
            pairs.append((key("lint-exceptions"), .mapping(.init(exceptions))))
        }
        return .mapping(.init(pairs))
    }

    static func optionNode(_ index: Int, _ option: Option) -> Node {
        var pairs: [(Node, Node)] = []
        if option.id != Option.letter(at: min(index, 25)) { pairs.append((key("id"), text(option.id))) }
        pairs.append((key("text"), text(option.text)))
        if let rationale = option.rationale { pairs.append((key("rationale"), text(rationale))) }
        if let credit = option.credit { pairs.append((key("credit"), number(credit))) }
        return .mapping(.init(pairs))
    }

    static func node(for scale: RatingScale) -> Node {
        var pairs: [(Node, Node)] = [(key("points"), Node(String(scale.points)))]
        if !scale.anchors.isEmpty { pairs.append((key("anchors"), list(scale.anchors))) }
        if scale.scored { pairs.append((key("scored"), Node("true"))) }
        if scale.reversed { pairs.append((key("reversed"), Node("true"))) }
        return .mapping(.init(pairs))
    }

    static func node(for irt: IRTParameters) -> Node {
        var pairs: [(Node, Node)] = [(key("model"), Node(irt.model.rawValue))]
        if irt.model != .rasch { pairs.append((key("a"), number(irt.a))) }
        if let b = irt.b { pairs.append((key("b"), number(b))) }
        if irt.model == .threePL { pairs.append((key("c"), number(irt.c))) }
        if !irt.thresholds.isEmpty { pairs.append((key("thresholds"), .sequence(.init(irt.thresholds.map(number), .implicit, .flow)))) }
        if irt.scalingConstant != 1 { pairs.append((key("d"), number(irt.scalingConstant))) }
        if let source = irt.source { pairs.append((key("source"), text(source))) }
        if let sampleSize = irt.sampleSize { pairs.append((key("n"), Node(String(sampleSize)))) }
        return .mapping(.init(pairs))
    }
}
