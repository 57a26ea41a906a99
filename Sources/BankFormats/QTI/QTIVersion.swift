/// A version of IMS QTI that the reader understands, recognised by its namespace.
public enum QTIVersion: String, Sendable, Hashable, CaseIterable {
    case v2p1 = "2.1"
    case v2p2 = "2.2"
    case v3p0 = "3.0"

    /// The XML namespace of the version's items.
    public var namespace: String {
        switch self {
        case .v2p1: "http://www.imsglobal.org/xsd/imsqti_v2p1"
        case .v2p2: "http://www.imsglobal.org/xsd/imsqti_v2p2"
        case .v3p0: "http://www.imsglobal.org/xsd/imsqtiasi_v3p0"
        }
    }

    /// The version whose items use `namespace`, if any.
    public init?(namespace: String) {
        guard let version = Self.allCases.first(where: { $0.namespace == namespace }) else { return nil }
        self = version
    }

    /// Whether elements and attributes are kebab-case with a `qti-` prefix (QTI 3.0).
    var isKebabCase: Bool { self == .v3p0 }

    /// How an element is written in this version, given its QTI 2 name (`itemBody` →
    /// `qti-item-body` in 3.0), for messages about elements that are missing.
    func elementName(_ key: String) -> String {
        guard isKebabCase else { return key }
        return "qti-" + Self.kebabCase(key)
    }

    /// How an attribute is written in this version, given its QTI 2 name.
    func attributeName(_ key: String) -> String {
        isKebabCase ? Self.kebabCase(key) : key
    }

    /// `mapEntry` → `map-entry`.
    static func kebabCase(_ camel: String) -> String {
        camel.unicodeScalars.map { scalar in
            let character = String(scalar)
            return character.uppercased() == character && character.lowercased() != character
                ? "-" + character.lowercased() : character
        }.joined()
    }
}
