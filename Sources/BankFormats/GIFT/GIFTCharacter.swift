import AssessCore

/// One character of GIFT source after escapes are resolved, with the position it was written at.
///
/// An escaped character (`\~`, `\=`, `\#`, `\{`, `\}`, `\:`, `\\`, `\n`) keeps its meaning as text
/// and never acts as GIFT syntax, so the parsers ask ``isSyntax(_:)`` rather than compare values.
struct GIFTCharacter: Sendable, Hashable {
    /// The character as the text will hold it (`~` for `\~`, a line feed for `\n`).
    var value: Character
    /// Whether the character was written as an escape sequence.
    var isEscaped: Bool
    /// 1-based line of the character (of the backslash, for an escape).
    var line: Int
    /// 1-based column of the character, counted in characters (of the backslash, for an escape).
    var column: Int

    /// Whether this is the unescaped GIFT control character `character`.
    func isSyntax(_ character: Character) -> Bool {
        !isEscaped && value == character
    }

    /// Whether this is whitespace written as such (an escaped `\n` is text, not whitespace).
    var isWhitespace: Bool {
        !isEscaped && value.isWhitespace
    }

    /// Where the character is, in `file`.
    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
