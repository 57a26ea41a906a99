/// Accumulates flattened text the way a browser lays it out: runs of XML whitespace become one
/// space, blocks are separated by a blank line, `<br/>` ends a line.
///
/// The result is normalised: no leading or trailing whitespace, no space next to a line end,
/// single spaces, at most one blank line in a row. Plain text in that form survives an export
/// to QTI and back unchanged.
struct PlainTextBuilder: Sendable {
    private(set) var text = ""
    /// Line ends owed before the next visible character (1: line break, 2: blank line).
    private var pendingBreaks = 0
    private var pendingSpace = false

    /// Appends character data, collapsing XML whitespace (space, tab, CR, LF) but not others
    /// such as the no-break space, which HTML does not collapse either.
    mutating func append(_ characters: String) {
        for scalar in characters.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r":
                pendingSpace = true
            default:
                if !text.isEmpty {
                    if pendingBreaks > 0 {
                        text += String(repeating: "\n", count: pendingBreaks)
                    } else if pendingSpace {
                        text += " "
                    }
                }
                pendingBreaks = 0
                pendingSpace = false
                text.unicodeScalars.append(scalar)
            }
        }
    }

    /// A `<br/>`: two in a row make a blank line.
    mutating func lineBreak() {
        pendingBreaks = min(pendingBreaks + 1, 2)
        pendingSpace = false
    }

    /// The edge of a block: `newlines` is 1 for a line of its own (a list item, a table row),
    /// 2 for a paragraph.
    mutating func blockEdge(newlines: Int) {
        pendingBreaks = max(pendingBreaks, newlines)
        pendingSpace = false
    }
}
