/// Encodes any `Encodable` value as canonical JSON (``CanonicalJSON``): object keys sorted,
/// no whitespace, numbers in Swift's shortest round-trip form, absent optionals omitted.
///
/// The same value always yields the same bytes on every platform, which is what a content
/// hash needs; Foundation's `JSONEncoder` gives no such promise for number formatting. Key
/// names are the coding keys (Swift property names unless a type says otherwise), so renaming
/// a stored property changes the encoding — a test pins a known hash so that such a change is
/// a reviewed diff.
public struct CanonicalJSONEncoder {
    public init() {}

    /// The canonical JSON bytes of `value`.
    public func encode(_ value: some Encodable) throws -> [UInt8] {
        let root = ValueBox()
        try value.encode(to: TreeEncoder(box: root, codingPath: []))
        var json = CanonicalJSON()
        root.value.write(to: &json)
        return json.bytes
    }
}

/// A JSON value being built.
private enum TreeValue {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array(ArrayBox)
    case object(ObjectBox)

    func write(to json: inout CanonicalJSON) {
        switch self {
        case .null: json.null()
        case .bool(let value): json.bool(value)
        case .integer(let value): json.integer(value)
        case .number(let value): json.number(value)
        case .string(let value): json.string(value)
        case .array(let box): json.array(box.elements.map(\.value)) { json, element in element.write(to: &json) }
        case .object(let box):
            json.object { json in
                for key in box.members.keys.sorted() {
                    json.key(key)
                    box.members[key]?.value.write(to: &json)
                }
            }
        }
    }
}

// Reference boxes: containers handed out by the encoder write into the tree after the call
// that created them has returned.
private final class ValueBox {
    var value: TreeValue = .null
}

private final class ArrayBox {
    var elements: [ValueBox] = []
}

private final class ObjectBox {
    var members: [String: ValueBox] = [:]

    func box(for key: String) -> ValueBox {
        if let box = members[key] { return box }
        let box = ValueBox()
        members[key] = box
        return box
    }
}

private struct TreeEncoder: Encoder {
    let box: ValueBox
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: ObjectBox
        if case .object(let existing) = box.value {
            object = existing
        } else {
            object = ObjectBox()
            box.value = .object(object)
        }
        return KeyedEncodingContainer(KeyedContainer(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: ArrayBox
        if case .array(let existing) = box.value {
            array = existing
        } else {
            array = ArrayBox()
            box.value = .array(array)
        }
        return UnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(box: box, codingPath: codingPath)
    }
}

private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }
}

/// Stores a leaf or encodes a nested value into `box`.
private func store(_ value: some Encodable, in box: ValueBox, codingPath: [any CodingKey]) throws {
    switch value {
    case let value as Bool: box.value = .bool(value)
    case let value as String: box.value = .string(value)
    case let value as Double: box.value = try number(value, codingPath: codingPath)
    case let value as Float: box.value = try number(Double(value), codingPath: codingPath)
    case let value as Int: box.value = .integer(value)
    case let value as any BinaryInteger:
        guard let int = Int(exactly: value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "integer out of range"))
        }
        box.value = .integer(int)
    default: try value.encode(to: TreeEncoder(box: box, codingPath: codingPath))
    }
}

private func number(_ value: Double, codingPath: [any CodingKey]) throws -> TreeValue {
    guard value.isFinite else {
        throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "canonical JSON has no NaN or infinity"))
    }
    return .number(value)
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { object.box(for: key.stringValue).value = .null }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try store(value, in: object.box(for: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(box: object.box(for: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(box: object.box(for: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(box: object.box(for: "super"), codingPath: codingPath + [AnyKey(stringValue: "super")])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(box: object.box(for: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let array: ArrayBox
    let codingPath: [any CodingKey]
    var count: Int { array.elements.count }

    private func next() -> (ValueBox, [any CodingKey]) {
        let box = ValueBox()
        let path = codingPath + [AnyKey(intValue: array.elements.count)]
        array.elements.append(box)
        return (box, path)
    }

    mutating func encodeNil() throws { _ = next() }

    mutating func encode(_ value: some Encodable) throws {
        let (box, path) = next()
        try store(value, in: box, codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let (box, path) = next()
        return TreeEncoder(box: box, codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let (box, path) = next()
        return TreeEncoder(box: box, codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let (box, path) = next()
        return TreeEncoder(box: box, codingPath: path)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let box: ValueBox
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.value = .null }

    mutating func encode(_ value: some Encodable) throws {
        try store(value, in: box, codingPath: codingPath)
    }
}
