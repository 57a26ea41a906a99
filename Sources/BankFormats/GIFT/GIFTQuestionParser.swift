import AssessCore

/// Reads the parts of one GIFT question: title, stem and the one answer block.
///
/// Structural errors (an unclosed title or brace, a stray or nested brace, a second answer block)
/// are reported at the exact character and end the reading of that question; the reader then
/// goes on with the next question.
struct GIFTQuestionParser {
    /// The file name used in diagnostics.
    let file: String
    /// Problems found so far.
    private(set) var diagnostics = Diagnostics()

    init(file: String) {
        self.file = file
    }

    /// The question written by `characters` (the non-comment lines of one block), or nil when it
    /// is malformed (the problem is in ``diagnostics``) or empty.
    mutating func parse(_ characters: [GIFTCharacter]) -> GIFTQuestion? {
        guard var index = characters.firstIndex(where: { !$0.isWhitespace }) else { return nil }
        let start = characters[index].location(in: file)
        var title: String?
        if isTitleDelimiter(characters, at: index) {
            guard let close = titleEnd(characters, from: index + 2) else {
                diagnostics.error("the title opened with '::' is not closed with '::'", at: start)
                return nil
            }
            let text = GIFTText.string(characters[(index + 2)..<close], format: .plain)
            title = text.isEmpty ? nil : text
            index = close + 2
        }
        let body = characters[index...]
        let open: Int
        let close: Int
        switch braces(in: body) {
        case .malformed:
            return nil
        case .block(let opening, let closing):
            (open, close) = (opening, closing)
        case .absent:
            let (marker, rest) = GIFTText.splitMarker(body)
            let format = marker?.format ?? .moodle
            return GIFTQuestion(
                start: start, title: title, format: format, stem: GIFTText.string(rest, format: format), answerBlock: nil)
        }
        var before = body[body.startIndex..<open]
        var after = body[(close + 1)...]
        if isTrailingComment(after) { after = after[after.endIndex...] }
        // Moodle reads the format marker at the start of the question text, wherever the block is.
        let (marker, rest) = GIFTText.splitMarker(GIFTText.isBlank(before) ? after : before)
        if GIFTText.isBlank(before) { after = rest } else { before = rest }
        let format = marker?.format ?? .moodle
        let leading = GIFTText.string(before, format: format)
        let trailing = GIFTText.string(after, format: format)
        // An answer block inside the text leaves a blank; the spacing is that of the peer grammar.
        let stem = trailing.isEmpty ? leading : (leading.isEmpty ? "" : leading + " ") + "_____ " + trailing
        let block = GIFTQuestion.AnswerBlock(open: body[open].location(in: file), characters: body[(open + 1)..<close])
        return GIFTQuestion(start: start, title: title, format: format, stem: stem, answerBlock: block)
    }

    /// Whether an unescaped `::` starts at `index`.
    private func isTitleDelimiter(_ characters: [GIFTCharacter], at index: Int) -> Bool {
        index + 1 < characters.count && characters[index].isSyntax(":") && characters[index + 1].isSyntax(":")
    }

    /// The index of the `::` that closes a title whose text starts at `index`.
    private func titleEnd(_ characters: [GIFTCharacter], from index: Int) -> Int? {
        var cursor = index
        while cursor + 1 < characters.count {
            if isTitleDelimiter(characters, at: cursor) { return cursor }
            cursor += 1
        }
        return nil
    }

    /// What the braces of a question's body make.
    private enum Braces {
        /// No braces: a description.
        case absent
        /// The indices of the answer block's `{` and `}`.
        case block(Int, Int)
        /// Misplaced braces, already reported.
        case malformed
    }

    /// The answer block's braces in `body`, reporting misplaced ones.
    private mutating func braces(in body: ArraySlice<GIFTCharacter>) -> Braces {
        var open: Int?
        var close: Int?
        for index in body.indices {
            let character = body[index]
            if character.isSyntax("{") {
                if let open, close == nil {
                    diagnostics.error(
                        "'{' inside an answer block: close the block opened at line \(body[open].line), column \(body[open].column) with '}' first, or write '\\{' for a literal brace",
                        at: character.location(in: file))
                    return .malformed
                }
                if close != nil {
                    diagnostics.error(
                        "a second answer block starts here, but a question has only one; separate questions with a blank line, or write '\\{' for a literal brace",
                        at: character.location(in: file))
                    return .malformed
                }
                open = index
            } else if character.isSyntax("}") {
                if open == nil || close != nil {
                    diagnostics.error(
                        "'}' closes no answer block; write '\\}' for a literal brace", at: character.location(in: file))
                    return .malformed
                }
                close = index
            }
        }
        guard let open else { return .absent }
        guard let close else {
            diagnostics.error(
                "the answer block opened here has no closing '}' before the question ends (a blank line or the end of the file ends a question)",
                at: body[open].location(in: file))
            return .malformed
        }
        return .block(open, close)
    }

    /// Whether the text after the answer block is only a `//` comment, which the peer grammar skips.
    private func isTrailingComment(_ characters: ArraySlice<GIFTCharacter>) -> Bool {
        let text = GIFTText.trimmed(characters)
        guard text.count >= 2 else { return false }
        let second = text.index(after: text.startIndex)
        return text[text.startIndex].isSyntax("/") && text[second].isSyntax("/")
    }
}
