import AssessCore
import Yams

/// Reading helpers shared by every part of a spec: mappings that record where each value was
/// written, percentages, located lists, and settings written as a name or a mapping.
extension TestSpecReader {
    /// Reads `node` as a mapping at `path`, recording the location of the mapping and of each
    /// value in it.
    mutating func mapping(_ node: Node, path: String, what: String, allowed: [String]) -> YAMLMapping? {
        guard let fields = YAMLMapping(node, file: file, what: what, allowed: allowed, diagnostics: &diagnostics) else {
            return nil
        }
        locations.record(path, fields.location)
        for key in fields.presentKeys {
            locations.record(Self.join(path, key), fields.location(of: key))
        }
        return fields
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// A value from a closed vocabulary that must be present.
    mutating func requiredChoice<T: RawRepresentable & CaseIterable>(
        _ fields: YAMLMapping, _ key: String, as type: T.Type, what: String
    ) -> T? where T.RawValue == String {
        guard fields.has(key) else {
            diagnostics.error("\(what) has no '\(key)'", at: fields.location)
            return nil
        }
        return fields.choice(key, as: type, diagnostics: &diagnostics)
    }

    /// A whole number that must be at least `minimum`.
    mutating func int(_ fields: YAMLMapping, _ key: String, atLeast minimum: Int) -> Int? {
        guard let value = fields.int(key, diagnostics: &diagnostics) else { return nil }
        guard value >= minimum else {
            diagnostics.error("'\(key)' must be at least \(minimum), not \(value)", at: fields.location(of: key))
            return nil
        }
        return value
    }

    /// A number inside `range` (both ends allowed unless `open`).
    mutating func double(_ fields: YAMLMapping, _ key: String, in range: ClosedRange<Double>, open: Bool = false) -> Double? {
        guard let value = fields.double(key, diagnostics: &diagnostics) else { return nil }
        let inside = open ? (range.lowerBound < value && value < range.upperBound) : range.contains(value)
        guard inside else {
            let (low, high) = (range.lowerBound.plainText, range.upperBound.plainText)
            let bounds = open ? "between \(low) and \(high), exclusive" : "between \(low) and \(high)"
            diagnostics.error("'\(key)' must be \(bounds), not \(value.plainText)", at: fields.location(of: key))
            return nil
        }
        return value
    }

    /// A number above 0.
    mutating func positive(_ fields: YAMLMapping, _ key: String) -> Double? {
        guard let value = fields.double(key, diagnostics: &diagnostics) else { return nil }
        guard value > 0 else {
            diagnostics.error("'\(key)' must be above 0, not \(value.plainText)", at: fields.location(of: key))
            return nil
        }
        return value
    }

    /// A percentage written `20%` or `20`, read as 20; must lie in 0…100.
    mutating func percent(_ fields: YAMLMapping, _ key: String) -> Double? {
        guard let text = fields.string(key, diagnostics: &diagnostics) else { return nil }
        return percent(text, key: key, at: fields.location(of: key))
    }

    mutating func percent(_ text: String, key: String, at location: SourceLocation) -> Double? {
        var number = Substring(text).trimmingWhitespace()
        if number.hasSuffix("%") { number = number.dropLast().trimmingWhitespace() }
        guard let value = Double(number), value.isFinite else {
            diagnostics.error("'\(key)' must be a percentage such as 20%, not '\(text)'", at: location)
            return nil
        }
        guard (0...100).contains(value) else {
            diagnostics.error("'\(key)' must be between 0% and 100%, not \(value.plainText)%", at: location)
            return nil
        }
        return value
    }

    /// The scalar entries of a list (a single scalar counts as a one-entry list), each with its
    /// location, recorded at `path.i`.
    mutating func locatedStrings(_ fields: YAMLMapping, _ key: String, path: String) -> [(text: String, location: SourceLocation)] {
        guard let node = fields.node(key) else { return [] }
        let elements: [Node]
        switch node {
        case .scalar: elements = [node]
        case .sequence(let sequence): elements = Array(sequence)
        default:
            diagnostics.error("'\(key)' must be a list", at: fields.location(of: key))
            return []
        }
        var result: [(text: String, location: SourceLocation)] = []
        for (index, element) in elements.enumerated() {
            let location = YAMLMapping.location(of: element, file: file)
            guard case .scalar(let scalar) = element, !scalar.string.isEmpty else {
                diagnostics.error("each entry of '\(key)' must be text", at: location)
                continue
            }
            locations.record("\(path).\(index)", location)
            result.append((scalar.string, location))
        }
        return result
    }

    /// A list of values from a closed vocabulary.
    mutating func choices<T: RawRepresentable & CaseIterable>(
        _ fields: YAMLMapping, _ key: String, as type: T.Type, path: String
    ) -> [T] where T.RawValue == String {
        locatedStrings(fields, key, path: path).compactMap { entry in
            if let value = T(rawValue: entry.text) { return value }
            let allowed = T.allCases.map(\.rawValue)
            var message = "each entry of '\(key)' must be one of \(allowed.joined(separator: ", ")), not '\(entry.text)'"
            if let suggestion = Suggestion.closest(to: entry.text, among: allowed) { message += "; did you mean '\(suggestion)'?" }
            diagnostics.error(message, at: entry.location)
            return nil
        }
    }

    /// A setting written either as a bare name (`max-info`) or as a mapping naming it under
    /// `method` with its parameters (`{method: a-stratified, strata: 4}`). `variants` lists each
    /// name with the parameters it accepts; a parameter given to a variant that does not take it
    /// is an error.
    mutating func variant(
        _ node: Node, key: String, path: String, what: String, variants: KeyValuePairs<String, [String]>
    ) -> (name: String, fields: YAMLMapping?)? {
        let names = variants.map(\.key)
        let location = YAMLMapping.location(of: node, file: file)
        let name: String
        var fields: YAMLMapping?
        switch node {
        case .scalar(let scalar):
            name = scalar.string
            locations.record(path, location)
        case .mapping:
            var allowed = ["method"]
            for (_, parameters) in variants { allowed += parameters.filter { !allowed.contains($0) } }
            guard let mapping = mapping(node, path: path, what: what, allowed: allowed) else { return nil }
            guard let method = mapping.requiredString("method", what: what, diagnostics: &diagnostics) else { return nil }
            name = method
            fields = mapping
        default:
            diagnostics.error("'\(key)' must be one of \(names.joined(separator: ", ")), or a mapping with 'method'", at: location)
            return nil
        }
        guard let parameters = variants.first(where: { $0.key == name })?.value else {
            var message = "'\(key)' must be one of \(names.joined(separator: ", ")), not '\(name)'"
            if let suggestion = Suggestion.closest(to: name, among: names) { message += "; did you mean '\(suggestion)'?" }
            diagnostics.error(message, at: fields?.location(of: "method") ?? location)
            return nil
        }
        if let fields {
            for key in fields.presentKeys.sorted() where key != "method" && !parameters.contains(key) {
                diagnostics.error("'\(key)' does not apply to \(what) '\(name)'", at: fields.keyLocation(key))
            }
        }
        return (name, fields)
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
