import AssessCore

extension QTIChoiceItemReader {
    /// The rationale of a choice: the `feedbackInline` inside it that carries the choice's own
    /// identifier (shown when that choice is the response). Other inline feedback in a choice
    /// depends on something else and is reported as not imported.
    mutating func rationale(of choice: SourceElement, id: String) -> String? {
        var texts: [String] = []
        for feedback in choice.descendants where feedback.isQTI && feedback.key == "feedbackInline" {
            if feedback["identifier"] == id && !Self.isHidden(feedback) {
                texts.append(flattener.text(of: feedback.children))
            } else {
                diagnostics.warning(
                    "<\(feedback.name)> \"\(feedback["identifier"] ?? "")\" in choice \"\(id)\" is not "
                        + "feedback on that choice and is not imported",
                    at: feedback.location, rule: QTIRule.ignoredContent)
            }
        }
        let text = texts.filter { !$0.isEmpty }.joined(separator: "\n\n")
        return text.isEmpty ? nil : text
    }

    /// Warns about feedback in the item body outside the choices, which depends on outcomes
    /// the item model does not have.
    mutating func reportFeedback(outside body: SourceElement) {
        for element in body.elements where element.isQTI {
            if element.key == "simpleChoice" { continue }
            if element.key == "feedbackInline" || element.key == "feedbackBlock" {
                diagnostics.warning(
                    "<\(element.name)> \"\(element["identifier"] ?? "")\" is conditional feedback outside the "
                        + "choices and is not imported",
                    at: element.location, rule: QTIRule.ignoredContent)
                continue
            }
            reportFeedback(outside: element)
        }
    }

    /// The general feedback: every `modalFeedback` shown unless its outcome hides it
    /// (`showHide="hide"`), which is how feedback shown whatever the answer is written. Modal
    /// feedback shown only for some outcomes is reported as not imported.
    mutating func generalFeedback() -> String? {
        var texts: [String] = []
        for feedback in root.children("modalFeedback") {
            if Self.isHidden(feedback) {
                texts.append(flattener.text(of: feedback.children))
            } else {
                diagnostics.warning(
                    "<\(feedback.name)> \"\(feedback["identifier"] ?? "")\" is shown only for some outcomes; "
                        + "the item model keeps only feedback shown whatever the answer, so it is not imported",
                    at: feedback.location, rule: QTIRule.ignoredContent)
            }
        }
        let text = texts.filter { !$0.isEmpty }.joined(separator: "\n\n")
        return text.isEmpty ? nil : text
    }

    /// Whether feedback is shown by default and hidden by its outcome (`showHide="hide"`).
    private static func isHidden(_ feedback: SourceElement) -> Bool {
        feedback["showHide"]?.trimmingXMLWhitespace.lowercased() == "hide"
    }
}
