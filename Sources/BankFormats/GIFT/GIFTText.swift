import AssessCore

/// Turns runs of GIFT characters into the text an item stores.
///
/// The rules follow the GIFT peer grammar (GIFT-grammar-PEG.js), which agrees with Moodle on what
/// a reader sees: text is trimmed; in `[html]` and `[markdown]` text every line break and space is
/// kept, while in `[moodle]` and `[plain]` text a line break counts as a space and a run of
/// whitespace as one space. Escaped characters (including `\n`) are always kept as written.
enum GIFTText {
    /// A format marker such as `[html]` that opens a piece of text.
    struct Marker: Sendable {
        var format: TextFormat
        /// Where the `[` is.
        var line: Int
        var column: Int
    }

    /// `characters` without leading and trailing whitespace.
    static func trimmed(_ characters: ArraySlice<GIFTCharacter>) -> ArraySlice<GIFTCharacter> {
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
            let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return characters[characters.endIndex...] }
        return characters[first...last]
    }

    /// Whether `characters` hold nothing but whitespace.
    static func isBlank(_ characters: ArraySlice<GIFTCharacter>) -> Bool {
        characters.allSatisfy(\.isWhitespace)
    }

    /// The format marker at the start of `characters` (after whitespace), if there is one, and the
    /// trimmed characters after it.
    static func splitMarker(
        _ characters: ArraySlice<GIFTCharacter>
    ) -> (marker: Marker?, rest: ArraySlice<GIFTCharacter>) {
        let text = trimmed(characters)
        guard let open = text.first, open.isSyntax("["),
            let close = text.firstIndex(where: { $0.isSyntax("]") })
        else { return (nil, text) }
        let name = text[text.index(after: text.startIndex)..<close]
        // Moodle reads only these four names, in lower case; anything else is text.
        guard name.allSatisfy({ !$0.isEscaped }),
            let format = TextFormat(rawValue: String(name.map(\.value)))
        else { return (nil, text) }
        let marker = Marker(format: format, line: open.line, column: open.column)
        return (marker, trimmed(text[text.index(after: close)...]))
    }

    /// The text of `characters` as stored for `format`: trimmed, with whitespace kept for HTML and
    /// Markdown and folded to single spaces otherwise.
    static func string(_ characters: ArraySlice<GIFTCharacter>, format: TextFormat) -> String {
        let text = trimmed(characters)
        var result = ""
        if format == .html || format == .markdown {
            for character in text { result.append(character.value) }
            return result
        }
        var pendingWhitespace: [Character] = []
        for character in text {
            if character.isWhitespace {
                pendingWhitespace.append(character.value == "\n" ? " " : character.value)
                continue
            }
            // One whitespace character stays as written (a tab stays a tab); a run becomes a space.
            if pendingWhitespace.count == 1 {
                result.append(pendingWhitespace[0])
            } else if pendingWhitespace.count > 1 {
                result.append(" ")
            }
            pendingWhitespace.removeAll(keepingCapacity: true)
            result.append(character.value)
        }
        return result
    }

    /// The characters' values as written, for quoting them in a message.
    static func source(_ characters: ArraySlice<GIFTCharacter>) -> String {
        String(characters.map(\.value))
    }
}
