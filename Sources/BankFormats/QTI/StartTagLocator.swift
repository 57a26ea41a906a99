/// A line and a column in a text, both 1-based; the column counts Unicode scalars, as
/// libxml2 (behind `XMLParser`) does in its own error positions.
struct TextPosition: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// Finds where each start tag of an XML text begins, in document order.
///
/// `XMLParser` reports its position *after* a start tag has been read (at or near the `>`,
/// depending on the tag), which is not where an editor should jump. The n-th start-element
/// event of the parser is the n-th start tag of the text, so a light scan that skips comments,
/// CDATA sections, processing instructions and end tags gives the exact `<` of each element.
struct StartTagLocator: Sendable {
    /// The position of each start tag's `<`.
    private(set) var positions: [TextPosition] = []
    /// Where a `<!DOCTYPE …>` declaration starts, if the text has one.
    private(set) var doctype: TextPosition?

    private let bytes: [UInt8]
    private var line = 1
    private var lineStart = 0
    private var counted = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
        scan()
    }

    private mutating func scan() {
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if starts(with: "<!--", at: index) {
                index = end(of: "-->", from: index + 4)
            } else if starts(with: "<![CDATA[", at: index) {
                index = end(of: "]]>", from: index + 9)
            } else if starts(with: "<?", at: index) {
                index = end(of: "?>", from: index + 2)
            } else if starts(with: "<!", at: index) {
                // Only a DOCTYPE can appear here; the reader refuses it, so nothing after it matters.
                doctype = position(of: index)
                return
            } else if starts(with: "</", at: index) {
                index = end(of: ">", from: index + 2)
            } else {
                positions.append(position(of: index))
                index = endOfStartTag(from: index + 1)
            }
        }
    }

    private func starts(with marker: String, at index: Int) -> Bool {
        let count = marker.utf8.count
        guard index + count <= bytes.count else { return false }
        return bytes[index..<index + count].elementsEqual(marker.utf8)
    }

    /// The index just past the first `marker` at or after `start` (the text's end if none).
    private func end(of marker: String, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if starts(with: marker, at: index) { return index + marker.utf8.count }
            index += 1
        }
        return bytes.count
    }

    /// The index just past the `>` that closes a start tag; quoted attribute values may hold `>`.
    private func endOfStartTag(from start: Int) -> Int {
        var quote: UInt8?
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    /// The position of a byte offset; offsets are visited in increasing order, so lines are
    /// counted once.
    private mutating func position(of offset: Int) -> TextPosition {
        while counted < offset {
            if bytes[counted] == UInt8(ascii: "\n") {
                line += 1
                lineStart = counted + 1
            }
            counted += 1
        }
        // UTF-8 continuation bytes (10xxxxxx) do not start a scalar.
        let column = bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 } + 1
        return TextPosition(line: line, column: column)
    }
}
