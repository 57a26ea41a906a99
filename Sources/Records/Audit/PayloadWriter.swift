/// Writes the canonical JSON of audit payloads straight into a byte buffer.
///
/// The same encoding as ``AssessCore/CanonicalJSON`` — compact, keys in the order written (the
/// caller sorts them), strings escaped per RFC 8259 (quote, backslash, control characters; `\n`
/// `\r` `\t` by name, other controls as `\u00XX`), numbers as Swift prints them — but without a
/// container stack and with whole-string copies when nothing needs escaping: it runs once per
/// recorded row, a million times in a large import. Tests check both give the same bytes.
struct PayloadWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 512) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            // Copy runs of plain bytes whole; escape the rest one by one.
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                escape(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func escape(_ byte: UInt8) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [backslash, UInt8(ascii: "\"")])
        case backslash: bytes.append(contentsOf: [backslash, backslash])
        case 10: bytes.append(contentsOf: [backslash, UInt8(ascii: "n")])
        case 13: bytes.append(contentsOf: [backslash, UInt8(ascii: "r")])
        case 9: bytes.append(contentsOf: [backslash, UInt8(ascii: "t")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
        }
    }

    mutating func integer(_ value: Int64) {
        if value >= 0, value < 10 {
            bytes.append(48 + UInt8(value))
            return
        }
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A finite double as Swift prints it (`1.0`, `0.5`, `1e-07`); a non-finite one, which only
    /// a hand edit can store, as a string so that it fails verification instead of trapping.
    mutating func real(_ value: Double) {
        if value.isFinite {
            bytes.append(contentsOf: "\(value)".utf8)
        } else {
            string("\(value)")
        }
    }

    mutating func value(_ value: SQLValue) {
        switch value {
        case .null: raw("null")
        case .integer(let number): integer(number)
        case .real(let number): real(number)
        case .text(let text): string(text)
        }
    }
}
