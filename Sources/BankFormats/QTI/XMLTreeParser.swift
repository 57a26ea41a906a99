import AssessCore
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses XML text into a tree of located ``SourceElement``s with Foundation's `XMLParser`.
enum XMLTreeParser {
    /// The root element of `text`.
    ///
    /// - Throws: a `malformed-xml` diagnostic at the parser's position for text that is not
    ///   well-formed, and an `unsupported-doctype` one for a document type declaration.
    static func parse(_ text: String, file: String) throws(Diagnostic) -> SourceElement {
        let prepared = prepare(text)
        let locator = StartTagLocator(prepared)
        if let doctype = locator.doctype {
            // DTDs can define entities that expand to markup (and to billions of characters);
            // QTI files never need one.
            throw .error(
                "a DOCTYPE declaration is not allowed in a QTI file",
                at: SourceLocation(file: file, line: doctype.line, column: doctype.column),
                rule: QTIRule.unsupportedDoctype)
        }
        let builder = TreeBuilder(file: file, positions: locator.positions)
        let parser = XMLParser(data: Data(prepared.utf8))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        _ = parser.parse()
        if let failure = builder.failure { throw failure }
        guard let root = builder.root else {
            throw .error(
                "malformed XML: the document has no root element",
                at: SourceLocation(file: file, line: 1, column: 1), rule: QTIRule.malformedXML)
        }
        return root
    }

    /// `text` with CR and CRLF line ends made LF (so that the scan and libxml2 count lines
    /// alike) and the XML declaration blanked out: the text is already decoded, so a declared
    /// `encoding="ISO-8859-1"` would make libxml2 decode it a second time. Spaces keep every
    /// later line and column where they were.
    static func prepare(_ text: String) -> String {
        var text = text
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // `<?xml-stylesheet …?>` is a processing instruction, not the declaration.
        guard text.hasPrefix("<?xml"), text.dropFirst(5).first?.isWhitespace == true,
            let end = text.range(of: "?>")
        else { return text }
        let blank = text[..<end.upperBound].unicodeScalars.map { $0 == "\n" ? "\n" : " " }.joined()
        return blank + text[end.upperBound...]
    }
}

/// Collects `XMLParser` events into a tree; stops at the first error.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    let file: String
    let positions: [TextPosition]
    private var nextTag = 0
    private var open: [SourceElement] = []
    private var pendingText = ""
    private(set) var root: SourceElement?
    private(set) var failure: Diagnostic?

    init(file: String, positions: [TextPosition]) {
        self.file = file
        self.positions = positions
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        flushText()
        // The scan and the parser see the same start tags; the parser's own position is only
        // a fallback.
        let position =
            nextTag < positions.count
            ? positions[nextTag] : TextPosition(line: parser.lineNumber, column: parser.columnNumber)
        nextTag += 1
        open.append(
            SourceElement(
                name: elementName, namespace: namespaceURI ?? "", attributes: attributeDict,
                location: SourceLocation(file: file, line: position.line, column: position.column)))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        flushText()
        guard let element = open.popLast() else { return }
        if open.isEmpty {
            root = element
        } else {
            open[open.count - 1].children.append(.element(element))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        pendingText += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        pendingText += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard failure == nil else { return }
        let code = (parseError as NSError).code
        let detail = XMLSyntaxError.message(code: code, open: open, rootClosed: root != nil)
        failure = .error(
            "malformed XML: \(detail)",
            at: SourceLocation(file: file, line: parser.lineNumber, column: parser.columnNumber),
            rule: QTIRule.malformedXML)
        // libxml2 would recover and report follow-on errors; the first one is the useful one.
        parser.abortParsing()
    }

    /// Adds the characters read since the last tag to the open element (text outside the root
    /// element can only be whitespace).
    private func flushText() {
        guard !pendingText.isEmpty else { return }
        if !open.isEmpty { open[open.count - 1].children.append(.text(pendingText)) }
        pendingText = ""
    }
}
