import AssessCore

/// One XML element read from a file, with the location of its start tag.
///
/// A small, immutable tree is easier to interpret than SAX events: the QTI reader looks ahead
/// (the response declaration precedes the interaction it belongs to) and the text flattener
/// walks mixed content in document order.
struct SourceElement: Sendable, Hashable {
    /// A child of an element: another element or a run of character data.
    enum Child: Sendable, Hashable {
        case element(SourceElement)
        case text(String)
    }

    /// The local name as written in the file (`choiceInteraction`, `qti-choice-interaction`);
    /// used in messages, so that they quote what the author wrote.
    var name: String
    /// The namespace URI, or the empty string when the element has none.
    var namespace: String
    /// The QTI 2 spelling of the name (`choiceInteraction` for `qti-choice-interaction`);
    /// equal to ``name`` for everything but QTI 3.0 elements.
    var key: String
    /// Attributes by QTI 2 spelling (`maxChoices` for `max-choices`).
    var attributes: [String: String]
    var children: [Child]
    /// Where the start tag's `<` is.
    var location: SourceLocation
    /// Whether the element belongs to the document's QTI namespace (set by the QTI reader);
    /// structural look-ups ignore foreign elements such as MathML.
    var isQTI: Bool

    init(
        name: String, namespace: String, attributes: [String: String], location: SourceLocation,
        children: [Child] = []
    ) {
        self.name = name
        self.namespace = namespace
        self.key = name
        self.attributes = attributes
        self.children = children
        self.location = location
        self.isQTI = false
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// The child elements, in document order.
    var elements: [SourceElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The QTI child elements with the given QTI 2 name.
    func children(_ key: String) -> [SourceElement] {
        elements.filter { $0.isQTI && $0.key == key }
    }

    /// The first QTI child element with the given QTI 2 name.
    func child(_ key: String) -> SourceElement? {
        elements.first { $0.isQTI && $0.key == key }
    }

    /// Every descendant element (not the element itself) in document order.
    var descendants: [SourceElement] {
        var found: [SourceElement] = []
        for element in elements {
            found.append(element)
            found.append(contentsOf: element.descendants)
        }
        return found
    }

    /// The concatenated character data of the element and its descendants, untrimmed.
    var textContent: String {
        children.map {
            switch $0 {
            case .text(let text): text
            case .element(let element): element.textContent
            }
        }.joined()
    }
}

extension SourceElement {
    /// The element with QTI 3.0 kebab-case names (`qti-map-entry`, `mapped-value`) given their
    /// QTI 2 spelling (`mapEntry`, `mappedValue`) and with ``isQTI`` set from `namespace`, so
    /// that one interpreter serves every version.
    func marking(qtiNamespace: String, kebabCase: Bool) -> SourceElement {
        var element = self
        element.isQTI = namespace == qtiNamespace
        if element.isQTI && kebabCase {
            if name.hasPrefix("qti-") { element.key = Self.camelCase(String(name.dropFirst(4))) }
            element.attributes = Dictionary(
                attributes.map { (Self.camelCase($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        element.children = children.map {
            switch $0 {
            case .text: $0
            case .element(let child): .element(child.marking(qtiNamespace: qtiNamespace, kebabCase: kebabCase))
            }
        }
        return element
    }

    /// `map-entry` → `mapEntry`.
    static func camelCase(_ kebab: String) -> String {
        let parts = kebab.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first else { return kebab }
        return parts.dropFirst().reduce(String(first)) { $0 + $1.prefix(1).uppercased() + $1.dropFirst() }
    }
}
