/// Splits GIFT source into blocks of lines and turns lines into located characters.
///
/// GIFT, as Moodle reads it, ends a question at a blank line; so a block (a run of lines that are
/// not blank) holds one question, a `$CATEGORY:` line, comments, or a mix of these.
enum GIFTScanner {
    /// The runs of non-blank lines of `text`, in order.
    static func blocks(in text: String) -> [[GIFTLine]] {
        var blocks: [[GIFTLine]] = []
        var current: [GIFTLine] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, text) in lines.enumerated() {
            let line = GIFTLine(number: index + 1, text: text)
            if line.isBlank {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// The characters of `lines` joined by line feeds, with escape sequences resolved.
    ///
    /// A backslash that starts no escape sequence is kept as a backslash, as Moodle does.
    static func characters(of lines: [GIFTLine]) -> [GIFTCharacter] {
        var result: [GIFTCharacter] = []
        for (position, line) in lines.enumerated() {
            let characters = Array(line.text)
            if position > 0 {
                // The line feed between two lines sits just past the end of the previous one.
                let previous = lines[position - 1]
                result.append(
                    GIFTCharacter(value: "\n", isEscaped: false, line: previous.number, column: previous.text.count + 1))
            }
            var index = 0
            while index < characters.count {
                let character = characters[index]
                if character == "\\", index + 1 < characters.count, let escaped = escape(characters[index + 1]) {
                    result.append(GIFTCharacter(value: escaped, isEscaped: true, line: line.number, column: index + 1))
                    index += 2
                } else {
                    result.append(GIFTCharacter(value: character, isEscaped: false, line: line.number, column: index + 1))
                    index += 1
                }
            }
        }
        return result
    }

    /// The character an escape sequence `\` + `character` stands for, or nil if it is none.
    private static func escape(_ character: Character) -> Character? {
        switch character {
        case "~", "=", "#", "{", "}", ":", "\\": character
        case "n": "\n"
        default: nil
        }
    }
}
