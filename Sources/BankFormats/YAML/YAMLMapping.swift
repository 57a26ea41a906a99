import AssessCore
import Yams

/// A YAML mapping being read field by field, with every value's location at hand.
///
/// Readers ask for each field with the type they expect; a wrong type becomes a located error
/// and the field reads as absent, so reading goes on and every problem is reported in one run.
/// Keys not in the allowed list are errors with a "did you mean" suggestion, because a typo in
/// a key would otherwise drop data silently.
struct YAMLMapping {
    let file: String
    let location: SourceLocation
    private var values: [String: Node] = [:]
    private var keyLocations: [String: SourceLocation] = [:]

    /// Reads `node` as a mapping whose keys must be among `allowed`; nil (with an error) if it is
    /// not a mapping.
    init?(_ node: Node, file: String, what: String, allowed: [String], diagnostics: inout Diagnostics) {
        self.file = file
        self.location = YAMLMapping.location(of: node, file: file)
        guard case .mapping(let mapping) = node else {
            diagnostics.error("\(what) must be a mapping of keys to values", at: location)
            return nil
        }
        for (keyNode, value) in mapping {
            let keyLocation = YAMLMapping.location(of: keyNode, file: file)
            guard case .scalar(let scalar) = keyNode else {
                diagnostics.error("keys of \(what) must be plain words", at: keyLocation)
                continue
            }
            let key = scalar.string
            guard allowed.contains(key) else {
                var message = "unknown key '\(key)' in \(what)"
                if let suggestion = Suggestion.closest(to: key, among: allowed) {
                    message += "; did you mean '\(suggestion)'?"
                } else {
                    message += " (allowed: \(allowed.joined(separator: ", ")))"
                }
                diagnostics.error(message, at: keyLocation)
                continue
            }
            values[key] = value
            keyLocations[key] = keyLocation
        }
    }

    static func location(of node: Node, file: String) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// The keys present (and allowed), in no particular order.
    var presentKeys: [String] { Array(values.keys) }

    func node(_ key: String) -> Node? { values[key] }

    /// Where the value of `key` starts (or the mapping, when the key is absent).
    func location(of key: String) -> SourceLocation {
        values[key].map { YAMLMapping.location(of: $0, file: file) } ?? location
    }

    func keyLocation(_ key: String) -> SourceLocation { keyLocations[key] ?? location }

    /// A scalar read as text; multi-line block scalars lose their final line break.
    func string(_ key: String, diagnostics: inout Diagnostics) -> String? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node else {
            diagnostics.error("'\(key)' must be text", at: location(of: key))
            return nil
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            diagnostics.error("'\(key)' is empty", at: location(of: key))
            return nil
        }
        var text = scalar.string
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    func requiredString(_ key: String, what: String, diagnostics: inout Diagnostics) -> String? {
        guard has(key) else {
            diagnostics.error("\(what) has no '\(key)'", at: location)
            return nil
        }
        return string(key, diagnostics: &diagnostics)
    }

    func double(_ key: String, diagnostics: inout Diagnostics) -> Double? {
        guard let text = string(key, diagnostics: &diagnostics) else { return nil }
        guard let value = Double(text), value.isFinite else {
            diagnostics.error("'\(key)' must be a number, not '\(text)'", at: location(of: key))
            return nil
        }
        return value
    }

    func int(_ key: String, diagnostics: inout Diagnostics) -> Int? {
        guard let text = string(key, diagnostics: &diagnostics) else { return nil }
        guard let value = Int(text) else {
            diagnostics.error("'\(key)' must be a whole number, not '\(text)'", at: location(of: key))
            return nil
        }
        return value
    }

    func bool(_ key: String, diagnostics: inout Diagnostics) -> Bool? {
        guard let text = string(key, diagnostics: &diagnostics) else { return nil }
        guard let value = YAMLMapping.bool(text) else {
            diagnostics.error("'\(key)' must be true or false, not '\(text)'", at: location(of: key))
            return nil
        }
        return value
    }

    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes": true
        case "false", "no": false
        default: nil
        }
    }

    /// A value from a closed vocabulary, such as an item type.
    func choice<T: RawRepresentable & CaseIterable>(
        _ key: String, as type: T.Type, diagnostics: inout Diagnostics
    ) -> T? where T.RawValue == String {
        guard let text = string(key, diagnostics: &diagnostics) else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        var message = "'\(key)' must be one of \(allowed.joined(separator: ", ")), not '\(text)'"
        if let suggestion = Suggestion.closest(to: text, among: allowed) { message += "; did you mean '\(suggestion)'?" }
        diagnostics.error(message, at: location(of: key))
        return nil
    }

    /// A list of texts; a single scalar is accepted as a one-element list.
    func strings(_ key: String, diagnostics: inout Diagnostics) -> [String] {
        guard let node = values[key] else { return [] }
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            var result: [String] = []
            for element in sequence {
                guard case .scalar(let scalar) = element else {
                    diagnostics.error("each entry of '\(key)' must be text", at: YAMLMapping.location(of: element, file: file))
                    continue
                }
                result.append(scalar.string)
            }
            return result
        default:
            diagnostics.error("'\(key)' must be a list", at: location(of: key))
            return []
        }
    }

    /// A list of numbers.
    func doubles(_ key: String, diagnostics: inout Diagnostics) -> [Double] {
        var result: [Double] = []
        for text in strings(key, diagnostics: &diagnostics) {
            guard let value = Double(text), value.isFinite else {
                diagnostics.error("each entry of '\(key)' must be a number, not '\(text)'", at: location(of: key))
                continue
            }
            result.append(value)
        }
        return result
    }

    /// The elements of a sequence value (empty, with an error, if it is not a sequence).
    func sequence(_ key: String, diagnostics: inout Diagnostics) -> [Node] {
        guard let node = values[key] else { return [] }
        guard case .sequence(let sequence) = node else {
            diagnostics.error("'\(key)' must be a list", at: location(of: key))
            return []
        }
        return Array(sequence)
    }
}
