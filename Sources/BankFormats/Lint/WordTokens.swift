/// Splits text into lower-case words in one pass over its UTF-8 bytes.
///
/// The linter tokenises every stem and option, so this avoids Character-level splitting.
/// Word bytes are ASCII letters (folded to lower case unless `lowercase` is false), digits when asked for, apostrophes when
/// asked for, and every non-ASCII byte (so accented letters stay inside their word).
enum WordTokens {
    static func words(_ text: String, digits: Bool = false, apostrophes: Bool = false, lowercase: Bool = true) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(24)
        for byte in text.utf8 {
            let isWordByte =
                (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte >= 0x80
                || (digits && byte >= 48 && byte <= 57) || (apostrophes && byte == 39)
            if isWordByte {
                current.append(lowercase && byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
            } else if !current.isEmpty {
                result.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }
}
