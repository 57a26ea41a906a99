import AssessCore
import Yams

extension TestSpecReader {
    static let areaKeys = ["block", "module", "objective", "share", "count"]

    /// `blueprint:` is a list of areas, each naming one block, module or objective and giving a
    /// `share` (`20%`, or a range `[13%, 17%]`) or a `count` (`3`, or a range `[2, 4]`). Every
    /// area names the same level.
    mutating func readBlueprint(_ node: Node) -> Blueprint? {
        let location = YAMLMapping.location(of: node, file: file)
        locations.record("blueprint", location)
        guard case .sequence(let sequence) = node else {
            diagnostics.error("'blueprint' must be a list of areas, such as - {block: safety, share: 30%}", at: location)
            return nil
        }
        var dimension: ContentDimension?
        var areas: [BlueprintArea] = []
        var seen: [String: SourceLocation] = [:]
        for (index, element) in sequence.enumerated() {
            let path = "blueprint.\(index)"
            guard let fields = mapping(element, path: path, what: "a blueprint area", allowed: Self.areaKeys) else { continue }
            let named = ContentDimension.allCases.filter { fields.has($0.rawValue) }
            guard named.count == 1, let areaDimension = named.first else {
                let message = named.isEmpty
                    ? "a blueprint area names one block, module or objective"
                    : "a blueprint area names one of block, module or objective, not \(named.map { "'\($0.rawValue)'" }.joined(separator: " and "))"
                diagnostics.error(message, at: fields.location)
                continue
            }
            guard let name = fields.string(areaDimension.rawValue, diagnostics: &diagnostics) else { continue }
            if areaDimension == .block, Block(rawValue: name) == nil {
                let blocks = Block.allCases.map(\.rawValue)
                var message = "'block' must be one of \(blocks.joined(separator: ", ")), not '\(name)'"
                if let suggestion = Suggestion.closest(to: name, among: blocks) { message += "; did you mean '\(suggestion)'?" }
                diagnostics.error(message, at: fields.location(of: "block"))
                continue
            }
            if let dimension, dimension != areaDimension {
                diagnostics.error(
                    "every area of a blueprint names the same level: this one names a \(areaDimension.rawValue), the first named a \(dimension.rawValue)",
                    at: fields.keyLocation(areaDimension.rawValue))
                continue
            }
            dimension = areaDimension
            if let first = seen[name] {
                diagnostics.error("\(areaDimension.rawValue) '\(name)' is already in the blueprint (at \(first))", at: fields.location(of: areaDimension.rawValue))
                continue
            }
            seen[name] = fields.location
            guard let target = readTarget(fields) else { continue }
            areas.append(BlueprintArea(name, target))
        }
        guard let dimension else {
            if sequence.isEmpty { diagnostics.error("'blueprint' lists no areas", at: location) }
            return nil
        }
        return Blueprint(dimension: dimension, areas: areas)
    }

    mutating func readTarget(_ fields: YAMLMapping) -> BlueprintTarget? {
        guard fields.has("share") != fields.has("count") else {
            diagnostics.error("a blueprint area gives either 'share' or 'count'", at: fields.location)
            return nil
        }
        let key = fields.has("share") ? "share" : "count"
        guard let node = fields.node(key) else { return nil }
        let location = fields.location(of: key)
        var texts: [String] = []
        switch node {
        case .scalar(let scalar): texts = [scalar.string]
        case .sequence(let sequence):
            for element in sequence {
                guard case .scalar(let scalar) = element else { break }
                texts.append(scalar.string)
            }
            if texts.count != 2 || texts.count != sequence.count {
                let example = key == "share" ? "[13%, 17%]" : "[2, 4]"
                diagnostics.error("a '\(key)' range is two values, lowest first, such as \(example)", at: location)
                return nil
            }
        default:
            diagnostics.error("'\(key)' must be a value or a range of two values", at: location)
            return nil
        }
        if key == "share" {
            let values = texts.compactMap { percent($0, key: "share", at: location) }
            guard values.count == texts.count else { return nil }
            if values.count == 1 { return .share(percent: values[0]) }
            guard values[0] <= values[1] else {
                diagnostics.error("a 'share' range is lowest first, not \(values[0].plainText)% to \(values[1].plainText)%", at: location)
                return nil
            }
            return .shareRange(minimumPercent: values[0], maximumPercent: values[1])
        }
        var counts: [Int] = []
        for text in texts {
            guard let count = Int(text), count >= 0 else {
                diagnostics.error("'count' must be a whole number of items, not '\(text)'", at: location)
                return nil
            }
            counts.append(count)
        }
        let (minimum, maximum) = (counts[0], counts.count == 2 ? counts[1] : counts[0])
        guard minimum <= maximum else {
            diagnostics.error("a 'count' range is lowest first, not \(minimum) to \(maximum)", at: location)
            return nil
        }
        return .countRange(minimum: minimum, maximum: maximum)
    }
}
