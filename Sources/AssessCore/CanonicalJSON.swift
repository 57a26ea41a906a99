/// A minimal JSON writer for canonical encodings (content hashes, audit events).
///
/// The caller writes object keys in sorted order; strings are escaped per RFC 8259 (quote,
/// backslash and control characters only) and nothing else varies, so the same value always
/// yields the same bytes, whatever a general-purpose encoder's formatting defaults are.
public struct CanonicalJSON: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// For each open container: whether a value has been written (so the next needs a comma).
    private var hasValue: [Bool] = []
    /// Set after a key, so that its value is not preceded by a comma.
    private var afterKey = false

    public init() {}

    public mutating func object(_ body: (inout CanonicalJSON) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        hasValue.append(false)
        body(&self)
        hasValue.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// Writes a member name; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    public mutating func array<S: Sequence>(_ elements: S, _ write: (inout CanonicalJSON, S.Element) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        hasValue.append(false)
        for element in elements { write(&self, element) }
        hasValue.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func integer(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A finite double in Swift's shortest round-trip form (`0.5`, `-1.0`, `1e-07`).
    public mutating func number(_ value: Double) {
        precondition(value.isFinite, "canonical JSON has no NaN or infinity")
        separate()
        bytes.append(contentsOf: "\(value)".utf8)
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = hasValue.indices.last else { return }
        if hasValue[last] { bytes.append(UInt8(ascii: ",")) }
        hasValue[last] = true
    }

    private mutating func appendQuoted(_ value: String) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
            case 10: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
            case 13: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
            case 9: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<32: bytes.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
