import AssessCore

/// Reads one IMS QTI item file (2.1, 2.2 or 3.0) holding a choice item.
///
/// The version is recognised by the root element's namespace. Choice interactions become
/// single-best-answer, multiple-response or true/false items; everything else (other
/// interactions, several interactions, a missing key, malformed XML, an unknown namespace) is
/// a located error, never a crash and never a silent omission. Text is flattened to plain text
/// (see ``QTITextFlattener``), so every item read has `textFormat == .plain`.
///
/// Mapping of QTI onto the item model:
/// - `identifier` → `id`, `title` → `title`, `simpleChoice identifier` → option `id`;
/// - item body text and `prompt` → `stem`, in document order;
/// - `correctResponse` values → keys; `maxChoices` 1 → single best answer (true/false when the
///   two choices read "True" and "False"), 0 or more than 1 → multiple response;
/// - `mapping` → option credits as fractions of the item's maximum score (`upperBound`, or the
///   best score the mapping allows); choices without a `mapEntry` get `defaultValue`;
/// - `match_correct` → all-or-nothing, `map_response` → per-option scoring (multiple response);
/// - `shuffle` → `shuffle`, but a choice with `fixed="true"` keeps every option in place, since
///   the model cannot pin single options;
/// - a `feedbackInline` inside a choice with that choice's identifier → the option's
///   rationale; a `modalFeedback` with `showHide="hide"` (shown unless its outcome says
///   otherwise) → general feedback. Other feedback is reported as not imported.
public enum QTIReader {
    /// Reads the item in `text`; `file` names the input in diagnostics.
    public static func read(_ text: String, file: String) -> BankDocument {
        var document = BankDocument(file: file)
        let root: SourceElement
        do {
            root = try XMLTreeParser.parse(text, file: file)
        } catch {
            document.diagnostics.append(error)
            return document
        }
        read(root, into: &document)
        return document
    }

    /// Reads `text` if it is a QTI item; nil if it is not XML or its root is not an item of a
    /// known QTI version (a package's other XML files).
    static func readIfItem(_ text: String, file: String) -> BankDocument? {
        guard let root = try? XMLTreeParser.parse(text, file: file),
            let version = QTIVersion(namespace: root.namespace),
            root.name == version.elementName("assessmentItem")
        else { return nil }
        var document = BankDocument(file: file)
        read(root, into: &document)
        return document
    }

    private static func read(_ parsed: SourceElement, into document: inout BankDocument) {
        guard let version = QTIVersion(namespace: parsed.namespace) else {
            let namespace = parsed.namespace.isEmpty ? "no namespace" : "namespace \"\(parsed.namespace)\""
            document.diagnostics.error(
                "<\(parsed.name)> has \(namespace); a QTI 2.1, 2.2 or 3.0 item is expected",
                at: parsed.location, rule: QTIRule.unknownNamespace)
            return
        }
        let root = parsed.marking(qtiNamespace: version.namespace, kebabCase: version.isKebabCase)
        guard root.isQTI && root.key == "assessmentItem" else {
            document.diagnostics.error(
                "the root element is <\(root.name)>, not <\(version.elementName("assessmentItem"))>",
                at: root.location, rule: QTIRule.notAnItem)
            return
        }
        var reader = QTIChoiceItemReader(root: root, version: version)
        let item = reader.item()
        document.diagnostics.append(contentsOf: reader.diagnostics)
        if let item { document.add(item, at: root.location) }
    }
}
