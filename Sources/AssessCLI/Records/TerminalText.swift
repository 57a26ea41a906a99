/// Text made safe for a terminal while staying readable: what people typed is shown as typed,
/// but characters that would act on the terminal instead of being shown — control characters
/// (escape sequences, carriage returns, bells) and the bidirectional overrides that reorder a
/// line — are written as escapes (`\n`, `\t`, `\r`, `\u{1B}`).
///
/// CSV and JSON output are not escaped: they carry the stored text byte for byte.
enum TerminalText {
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where needsEscape(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
