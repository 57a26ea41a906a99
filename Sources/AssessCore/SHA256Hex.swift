import Crypto

/// Hex-encoded SHA-256, the one digest the engine uses for versions and snapshots.
public enum SHA256Hex {
    /// The lowercase hex SHA-256 of the UTF-8 bytes of `text`.
    public static func digest(of text: String) -> String {
        digest(of: Array(text.utf8))
    }

    /// The lowercase hex SHA-256 of `bytes`.
    public static func digest(of bytes: some Sequence<UInt8>) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: Array(bytes)) {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
