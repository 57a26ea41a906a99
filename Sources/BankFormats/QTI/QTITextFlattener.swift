import AssessCore

/// Turns the XHTML content of a QTI item (stem, choice, feedback) into the plain text of the
/// item model.
///
/// The engine delivers items on a terminal, so the reader keeps text, not markup
/// (`TextFormat.plain`). Paragraph-like blocks become paragraphs separated by a blank line;
/// list items, table rows and captions get a line each, with table cells separated by ` | `;
/// `<br/>` ends a line; inline markup (`em`, `span`, `sub`…) keeps only its text. What has no
/// text form is said so: an image becomes `[image: its alt text]` with a warning, simple MathML
/// is written linearly (`1/6`), ruby annotations go in parentheses after their base. Scorer
/// rubrics and template content are left out with a warning; feedback elements are left to the
/// item reader, which maps them to rationales and general feedback.
struct QTITextFlattener: Sendable {
    private(set) var diagnostics = Diagnostics()

    /// The plain text of `children`; a `choiceInteraction` among them contributes its prompt.
    mutating func text(of children: [SourceElement.Child]) -> String {
        var output = PlainTextBuilder()
        visit(children, into: &output)
        return output.text
    }

    private static let paragraphs: Set<String> = [
        "p", "div", "blockquote", "pre", "address", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl",
        "table", "hr", "figure", "section", "article", "aside", "header", "footer", "nav", "prompt",
    ]
    private static let lines: Set<String> = ["li", "dt", "dd", "tr", "caption", "figcaption"]
    /// QTI content with no place in a plain-text item.
    private static let ignored: [String: String] = [
        "rubricBlock": "rubric block", "templateBlock": "template block", "templateInline": "template content",
        "printedVariable": "printed variable", "infoControl": "info control",
    ]
    /// Feedback, which the item reader maps or reports itself.
    private static let feedback: Set<String> = ["feedbackInline", "feedbackBlock", "modalFeedback"]

    private mutating func visit(_ children: [SourceElement.Child], into output: inout PlainTextBuilder) {
        for child in children {
            switch child {
            case .text(let text): output.append(text)
            case .element(let element): visit(element, into: &output)
            }
        }
    }

    private mutating func visit(_ element: SourceElement, into output: inout PlainTextBuilder) {
        if element.namespace == MathMLText.namespace {
            var math = MathMLText()
            if let text = math.text(of: element) { output.append(text) }
            diagnostics.append(contentsOf: math.diagnostics)
            return
        }
        let name = element.isQTI ? element.key : element.name
        if element.isQTI, Self.feedback.contains(name) { return }
        if element.isQTI, let what = Self.ignored[name] {
            diagnostics.warning(
                "the \(what) <\(element.name)> has no place in a plain-text item and is not imported",
                at: element.location, rule: QTIRule.ignoredContent)
            return
        }
        if element.isQTI && name == "choiceInteraction" {
            for prompt in element.children("prompt") { visit(prompt, into: &output) }
            return
        }
        switch name.lowercased() {
        case "br": output.lineBreak()
        case "img": image(element, into: &output)
        case "object", "audio", "video": media(element, into: &output)
        case "ruby": ruby(element, into: &output)
        case "ol", "ul": list(element, numbered: name.lowercased() == "ol", into: &output)
        case "td", "th":
            output.append(" | ")
            visit(element.children, into: &output)
        case "tr":
            output.blockEdge(newlines: 1)
            var row = PlainTextBuilder()
            visit(element.children, into: &row)
            // Every cell starts with a separator; the first one is not wanted.
            output.append(row.text.hasPrefix("| ") ? String(row.text.dropFirst(2)) : row.text)
            output.blockEdge(newlines: 1)
        case let block where Self.paragraphs.contains(block):
            output.blockEdge(newlines: 2)
            visit(element.children, into: &output)
            output.blockEdge(newlines: 2)
        case let line where Self.lines.contains(line):
            output.blockEdge(newlines: 1)
            visit(element.children, into: &output)
            output.blockEdge(newlines: 1)
        default:
            visit(element.children, into: &output)
        }
    }

    private mutating func list(_ element: SourceElement, numbered: Bool, into output: inout PlainTextBuilder) {
        output.blockEdge(newlines: 2)
        var number = 0
        for child in element.children {
            guard case .element(let item) = child, item.name.lowercased() == "li" else {
                visit([child], into: &output)
                continue
            }
            number += 1
            output.blockEdge(newlines: 1)
            output.append(numbered ? "\(number). " : "• ")
            visit(item.children, into: &output)
        }
        output.blockEdge(newlines: 2)
    }

    private mutating func image(_ element: SourceElement, into output: inout PlainTextBuilder) {
        let alt = PlainTextBuilder.normalized(element["alt"] ?? "")
        let text = alt.isEmpty ? "[image]" : "[image: \(alt)]"
        output.append(text)
        diagnostics.warning(
            "image \"\(element["src"] ?? "")\" is imported as the text \"\(text)\"",
            at: element.location, rule: QTIRule.mediaAsText)
    }

    /// `object`, `audio` and `video` carry fallback content for agents that cannot play them.
    private mutating func media(_ element: SourceElement, into output: inout PlainTextBuilder) {
        let source = element["data"] ?? element["src"] ?? ""
        var fallback = PlainTextBuilder()
        visit(element.children, into: &fallback)
        let text = fallback.text.isEmpty ? "[\(element.name): \(source)]" : fallback.text
        output.append(text)
        diagnostics.warning(
            "<\(element.name)> \"\(source)\" is imported as the text \"\(text)\"",
            at: element.location, rule: QTIRule.mediaAsText)
    }

    /// `<ruby>真<rt>まこと</rt></ruby>` → `真(まこと)`; `rp` holds fallback parentheses already.
    private mutating func ruby(_ element: SourceElement, into output: inout PlainTextBuilder) {
        for child in element.children {
            guard case .element(let part) = child else {
                visit([child], into: &output)
                continue
            }
            switch part.name.lowercased() {
            case "rp": continue
            case "rt":
                output.append("(")
                visit(part.children, into: &output)
                output.append(")")
            default: visit(part, into: &output)
            }
        }
    }
}

extension PlainTextBuilder {
    /// `text` with XML whitespace collapsed and trimmed, as in flattened content.
    static func normalized(_ text: String) -> String {
        var builder = PlainTextBuilder()
        builder.append(text)
        return builder.text
    }
}
