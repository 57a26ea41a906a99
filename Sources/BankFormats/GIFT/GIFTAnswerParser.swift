import AssessCore

/// Reads a question's answer block: general feedback, the question type, and the answers.
///
/// The type is decided as Moodle decides it: an empty block is an essay, `#` first makes a
/// numerical question, any `~` makes a choice question, `=` with `->` a matching question, a lone
/// `T`, `TRUE`, `F` or `FALSE` a true/false statement, and anything else a short-answer question.
struct GIFTAnswerParser {
    /// The file name used in diagnostics.
    let file: String
    /// The question's text format, which applies to answers and feedback without a marker.
    let format: TextFormat
    /// Problems found so far.
    var diagnostics = Diagnostics()

    init(file: String, format: TextFormat) {
        self.file = file
        self.format = format
    }

    /// The answers of `block`, with every problem in the block reported.
    mutating func parse(_ block: ArraySlice<GIFTCharacter>) -> GIFTAnswers {
        var answers = block
        var generalFeedback: String?
        if let separator = generalFeedbackSeparator(in: block) {
            answers = block[block.startIndex..<separator]
            generalFeedback = text(block[(separator + 4)...])
        }
        let content = GIFTText.trimmed(answers)
        guard let first = content.first else { return .unsupported(.essay) }
        if first.isSyntax("#") { return .unsupported(.numerical) }
        if content.contains(where: { $0.isSyntax("~") }) {
            guard let choices = choices(in: answers) else { return .malformed }
            return .choices(choices, generalFeedback: generalFeedback)
        }
        if content.contains(where: { $0.isSyntax("=") }) && containsArrow(content) {
            return .unsupported(.matching)
        }
        if let trueFalse = trueFalse(in: content) {
            return .trueFalse(trueFalse, generalFeedback: generalFeedback)
        }
        return .unsupported(.shortAnswer)
    }

    /// The index of the first unescaped `####`, which starts the general feedback.
    private func generalFeedbackSeparator(in block: ArraySlice<GIFTCharacter>) -> Int? {
        var run = 0
        for index in block.indices {
            run = block[index].isSyntax("#") ? run + 1 : 0
            if run == 4 { return index - 3 }
        }
        return nil
    }

    /// Whether an unescaped `->` occurs.
    private func containsArrow(_ characters: ArraySlice<GIFTCharacter>) -> Bool {
        zip(characters, characters.dropFirst()).contains { $0.isSyntax("-") && $1.isSyntax(">") }
    }

    /// The true/false statement, if the block is `T`, `TRUE`, `F` or `FALSE` with up to two
    /// `#feedback` parts.
    private mutating func trueFalse(in content: ArraySlice<GIFTCharacter>) -> GIFTAnswers.TrueFalse? {
        let hashes = content.indices.filter { content[$0].isSyntax("#") }
        let valueEnd = hashes.first ?? content.endIndex
        let value = GIFTText.trimmed(content[content.startIndex..<valueEnd])
        guard value.allSatisfy({ !$0.isEscaped }) else { return nil }
        let isTrue: Bool
        switch GIFTText.source(value) {
        case "T", "TRUE": isTrue = true
        case "F", "FALSE": isTrue = false
        default: return nil
        }
        // As in Moodle, a third `#` and what follows belong to the second feedback.
        var wrong: String?
        var right: String?
        if hashes.count >= 1 {
            let wrongEnd = hashes.count >= 2 ? hashes[1] : content.endIndex
            wrong = text(content[(hashes[0] + 1)..<wrongEnd])
        }
        if hashes.count >= 2 {
            right = text(content[(hashes[1] + 1)...])
        }
        return GIFTAnswers.TrueFalse(isTrue: isTrue, wrongAnswerFeedback: wrong, rightAnswerFeedback: right)
    }

    /// The text of an answer or a feedback, in its own format if it has a marker (warning when that
    /// differs from the question's, as an item has one format), or nil if it is empty.
    mutating func text(_ characters: ArraySlice<GIFTCharacter>) -> String? {
        let (marker, rest) = GIFTText.splitMarker(characters)
        if let marker, marker.format != format {
            diagnostics.warning(
                "this text is marked [\(marker.format.rawValue)] but the question is [\(format.rawValue)]; an item has one text format, so the question's is used",
                at: SourceLocation(file: file, line: marker.line, column: marker.column), rule: "mixed-text-format")
        }
        let text = GIFTText.string(rest, format: marker?.format ?? format)
        return text.isEmpty ? nil : text
    }
}
