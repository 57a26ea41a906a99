/// One line of a GIFT file, with its 1-based number.
struct GIFTLine: Sendable {
    /// The line number in the file.
    var number: Int
    /// The line's text, without its line end.
    var text: Substring

    /// Whether the line is blank: GIFT separates questions with lines of nothing but spaces and tabs.
    var isBlank: Bool {
        text.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Whether the line is a `//` comment (leading spaces and tabs allowed), as Moodle reads it.
    var isComment: Bool {
        text.drop { $0 == " " || $0 == "\t" }.hasPrefix("//")
    }

    /// The column (1-based) of the first character that is not a space or tab.
    var indentColumn: Int {
        text.prefix { $0 == " " || $0 == "\t" }.count + 1
    }
}
