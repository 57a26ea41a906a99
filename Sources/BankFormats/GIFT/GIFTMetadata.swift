import AssessCore

/// The Moodle 4 metadata of a question, written in its comment lines as `[id:…]` and `[tag:…]`.
///
/// Moodle reads the metadata from any `//` comment line of the question's block; a `\]` inside
/// the brackets stands for `]`.
struct GIFTMetadata: Sendable {
    /// The question's id, from `[id:…]`.
    var id: String?
    /// The tags, from each `[tag:…]`, in order.
    var tags: [String] = []
    /// Where the first `[id:` or `[tag:` is, if there is any.
    var location: SourceLocation?

    /// Whether the comments held any metadata.
    var isEmpty: Bool { location == nil }

    /// Reads the metadata of the comment lines among `lines`, reporting malformed metadata.
    static func read(_ lines: [GIFTLine], file: String, diagnostics: inout Diagnostics) -> GIFTMetadata {
        var metadata = GIFTMetadata()
        for line in lines where line.isComment {
            for field in fields(in: line, file: file, diagnostics: &diagnostics) {
                if metadata.location == nil { metadata.location = field.location }
                switch field.name {
                case "id":
                    if field.value.isEmpty {
                        diagnostics.error("the [id:…] metadata is empty; write the question's id after 'id:'", at: field.location)
                    } else if let id = metadata.id, id != field.value {
                        diagnostics.warning(
                            "the question already has the id '\(id)'; this second id '\(field.value)' is ignored",
                            at: field.location, rule: "duplicate-metadata-id")
                    } else {
                        metadata.id = field.value
                    }
                default:
                    if !field.value.isEmpty { metadata.tags.append(field.value) }
                }
            }
        }
        return metadata
    }

    /// One `[name:value]` field of a comment line.
    private struct Field {
        var name: String
        var value: String
        var location: SourceLocation
    }

    /// The `[id:…]` and `[tag:…]` fields of one comment line.
    private static func fields(in line: GIFTLine, file: String, diagnostics: inout Diagnostics) -> [Field] {
        let characters = Array(line.text)
        var fields: [Field] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "[", let name = fieldName(in: characters, at: index) else {
                index += 1
                continue
            }
            let location = SourceLocation(file: file, line: line.number, column: index + 1)
            var cursor = index + name.count + 2
            var value = ""
            var closed = false
            while cursor < characters.count {
                let character = characters[cursor]
                if character == "\\", cursor + 1 < characters.count, characters[cursor + 1] == "]" {
                    value.append("]")
                    cursor += 2
                } else if character == "]" {
                    closed = true
                    break
                } else {
                    value.append(character)
                    cursor += 1
                }
            }
            guard closed else {
                diagnostics.warning(
                    "the [\(name):… metadata has no closing ']'; it is ignored", at: location, rule: "metadata-syntax")
                break
            }
            fields.append(Field(name: name, value: trimmed(value), location: location))
            index = cursor + 1
        }
        return fields
    }

    /// `id` or `tag` if the characters at `index` open `[id:` or `[tag:`.
    private static func fieldName(in characters: [Character], at index: Int) -> String? {
        for name in ["id", "tag"] {
            let opening = Array("[\(name):")
            if index + opening.count <= characters.count, Array(characters[index..<index + opening.count]) == opening {
                return name
            }
        }
        return nil
    }

    /// `text` without leading and trailing whitespace.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}
