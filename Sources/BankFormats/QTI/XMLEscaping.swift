/// Escaping of text for XML output.
enum XMLEscaping {
    /// `text` as character data: `&`, `<` and `>` escaped, and CR as a reference, since a
    /// parser would turn a literal CR into LF.
    static func text(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// `text` as a double-quoted attribute value; tab, LF and CR become references because a
    /// parser would turn them into spaces.
    static func attribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    /// The first scalar of `text` that XML 1.0 cannot represent at all (control characters
    /// other than tab, LF and CR; U+FFFE and U+FFFF), if any.
    static func firstInvalidScalar(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: false
            default: true
            }
        }
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\r": escaped += "&#13;"
            case "\"" where quotes: escaped += "&quot;"
            case "\n" where quotes: escaped += "&#10;"
            case "\t" where quotes: escaped += "&#9;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
