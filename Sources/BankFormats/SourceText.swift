import AssessCore
import Foundation

/// Decoding of input bytes into text that readers can trust.
public enum SourceText {
    /// Decodes UTF-8 `bytes`, dropping a leading byte-order mark and normalising CRLF and lone
    /// CR line ends to LF (line numbers are unchanged by this).
    ///
    /// - Throws: a ``Diagnostic`` naming the byte offset (and line and column) of the first
    ///   byte that is not valid UTF-8.
    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if let offset = firstInvalidUTF8Offset(bytes, from: start) {
            let (line, column) = lineAndColumn(of: offset, in: bytes)
            throw .error(
                "not valid UTF-8 at byte offset \(offset) (byte 0x\(String(bytes[offset], radix: 16, uppercase: true))); save the file as UTF-8",
                at: SourceLocation(file: file, line: line, column: column))
        }
        var text = String(decoding: bytes[start...], as: UTF8.self)
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return index
            }
            for k in 1..<length {
                guard index + k < count else { return index }
                let byte = bytes[index + k]
                let (low, high) = k == 1 ? (lowest, highest) : (UInt8(0x80), UInt8(0xBF))
                if byte < low || byte > high { return index }
            }
            index += length
        }
        return nil
    }

    /// 1-based line and column (in bytes) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 10 {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
