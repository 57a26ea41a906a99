import Crypto

/// SHA-256 in lowercase hex, fed from byte buffers without intermediate copies (the audit
/// chain hashes every recorded row and event).
enum Digest {
    /// SHA-256 of `first` followed by `second`.
    static func hex(_ first: [UInt8], _ second: [UInt8] = []) -> String {
        var hasher = SHA256()
        first.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        if !second.isEmpty { second.withUnsafeBytes { hasher.update(bufferPointer: $0) } }
        let digest = hasher.finalize()
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: 64)
        var index = 0
        for byte in digest {
            out[index] = digits[Int(byte >> 4)]
            out[index + 1] = digits[Int(byte & 0x0f)]
            index += 2
        }
        return String(decoding: out, as: UTF8.self)
    }
}
