/// The libxml2 error codes that `XMLParser` passes through, with the wording of our messages.
///
/// The codes are libxml2's `xmlParserErrors` (xmlerror.h). `XMLParser.ErrorCode` is not used:
/// in swift-corelibs-foundation its raw values are one less than the codes actually reported
/// (`prematureDocumentEndError` is 4 there, the parser reports 5).
enum XMLSyntaxError: Int {
    case documentEmpty = 4
    case documentEnd = 5
    case invalidHexCharacterReference = 6
    case invalidDecimalCharacterReference = 7
    case invalidCharacterReference = 8
    case invalidCharacter = 9
    case entityReferenceWithoutSemicolon = 23
    case undeclaredEntity = 26
    case lessThanInAttribute = 38
    case attributeNotStarted = 39
    case attributeNotFinished = 40
    case attributeWithoutValue = 41
    case attributeRedefined = 42
    case commentNotFinished = 45
    case cdataNotFinished = 63
    case spaceRequired = 65
    case nameRequired = 68
    case greaterThanRequired = 73
    case equalRequired = 75
    case tagNameMismatch = 76
    case tagNotFinished = 77
    case hyphenInComment = 80
    case extraContent = 86
    case undefinedNamespace = 202

    /// What went wrong, in words; `open` are the elements not yet closed, innermost last.
    static func message(code: Int, open: [SourceElement], rootClosed: Bool) -> String {
        guard let error = XMLSyntaxError(rawValue: code) else { return "XML error \(code)" }
        switch error {
        case .documentEnd, .tagNotFinished:
            if let element = open.last {
                return "element <\(element.name)> (line \(element.location.line)) is not closed"
            }
            return rootClosed ? "content after the end of the root element" : "the document has no root element"
        case .extraContent: return "content after the end of the root element"
        case .tagNameMismatch:
            guard let element = open.last else { return "an end tag without a start tag" }
            return "the end tag does not match <\(element.name)> (line \(element.location.line))"
        case .documentEmpty: return "the document does not start with an XML element"
        case .nameRequired: return "a name is expected here; write a literal '&' as &amp; and '<' as &lt;"
        case .undeclaredEntity:
            return "an undeclared entity; XML knows only &amp; &lt; &gt; &quot; &apos; (write others as &#160;)"
        case .entityReferenceWithoutSemicolon: return "an entity reference without its ';'"
        case .invalidHexCharacterReference, .invalidDecimalCharacterReference, .invalidCharacterReference:
            return "an invalid character reference"
        case .invalidCharacter: return "a character that XML does not allow"
        case .lessThanInAttribute: return "'<' in an attribute value; write it as &lt;"
        case .attributeNotStarted: return "an attribute value must be in quotes"
        case .attributeNotFinished: return "an attribute value is not closed"
        case .attributeWithoutValue: return "an attribute has no value"
        case .attributeRedefined: return "an attribute is given twice"
        case .commentNotFinished: return "a comment is not closed"
        case .cdataNotFinished: return "a CDATA section is not closed"
        case .spaceRequired: return "whitespace is expected here"
        case .greaterThanRequired: return "'>' is expected to close the tag"
        case .equalRequired: return "'=' is expected after an attribute name"
        case .hyphenInComment: return "'--' inside a comment"
        case .undefinedNamespace: return "a namespace prefix that is not declared"
        }
    }
}
