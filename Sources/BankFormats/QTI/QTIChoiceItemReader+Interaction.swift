import AssessCore

extension QTIChoiceItemReader {
    /// The item's one choice interaction; every other interaction, and a second one, is an error.
    mutating func choiceInteraction(in body: SourceElement) -> SourceElement? {
        // Every QTI interaction is named `…Interaction` (`qti-…-interaction` in 3.0).
        let interactions = body.descendants.filter { $0.isQTI && $0.key.hasSuffix("Interaction") }
        guard let first = interactions.first else {
            diagnostics.error(
                "<\(body.name)> has no interaction; only choice items can be imported", at: body.location,
                rule: QTIRule.missingInteraction)
            return nil
        }
        let unsupported = interactions.filter { $0.key != "choiceInteraction" }
        for interaction in unsupported {
            diagnostics.error(
                "unsupported interaction <\(interaction.name)>: only <\(version.elementName("choiceInteraction"))> "
                    + "items can be imported",
                at: interaction.location, rule: QTIRule.unsupportedInteraction)
        }
        guard unsupported.isEmpty else { return nil }
        for extra in interactions.dropFirst() {
            diagnostics.error(
                "a second interaction <\(extra.name)>: only items with one interaction can be imported",
                at: extra.location, rule: QTIRule.multipleInteractions)
        }
        return interactions.count == 1 ? first : nil
    }

    /// The `responseDeclaration` that the interaction's `responseIdentifier` names.
    mutating func responseDeclaration(for interaction: SourceElement) -> SourceElement? {
        guard let identifier = required("responseIdentifier", of: interaction) else { return nil }
        if let declaration = root.children("responseDeclaration").first(where: { $0["identifier"] == identifier }) {
            return declaration
        }
        diagnostics.error(
            "no <\(version.elementName("responseDeclaration"))> with identifier \"\(identifier)\" "
                + "for <\(interaction.name)>",
            at: interaction.location, rule: QTIRule.missingElement)
        return nil
    }

    /// The options in authored order, with text and rationale but no keys or credits yet.
    mutating func choices(of interaction: SourceElement) -> [Option]? {
        let elements = interaction.children("simpleChoice")
        guard !elements.isEmpty else {
            diagnostics.error(
                "<\(interaction.name)> has no <\(version.elementName("simpleChoice"))>", at: interaction.location,
                rule: QTIRule.missingElement)
            return nil
        }
        var options: [Option] = []
        var isValid = true
        for element in elements {
            guard let id = required("identifier", of: element) else {
                isValid = false
                continue
            }
            guard !options.contains(where: { $0.id == id }) else {
                diagnostics.error(
                    "<\(element.name)> identifier \"\(id)\" is used twice", at: element.location,
                    rule: QTIRule.duplicateChoice)
                isValid = false
                continue
            }
            let text = flattener.text(of: element.children)
            if text.isEmpty {
                diagnostics.error(
                    "<\(element.name)> \"\(id)\" has no text", at: element.location, rule: QTIRule.emptyText)
                isValid = false
            }
            options.append(Option(id: id, text: text, rationale: rationale(of: element, id: id)))
        }
        return isValid ? options : nil
    }

    /// `maxChoices` (1 when absent, as in QTI 2.1, 2.2 and 3.0; 0 means no limit).
    mutating func maxChoices(of interaction: SourceElement) -> Int? {
        guard let raw = interaction["maxChoices"] else { return 1 }
        if let value = Int(raw.trimmingXMLWhitespace), value >= 0 { return value }
        diagnostics.error(
            "\(version.attributeName("maxChoices")) \"\(raw)\" is not a whole number", at: interaction.location,
            rule: QTIRule.invalidAttribute)
        return nil
    }

    /// The identifiers of the keyed choices, from `correctResponse`.
    mutating func keys(in declaration: SourceElement, choices: [String], maxChoices: Int) -> Set<String>? {
        guard let correct = declaration.child("correctResponse") else {
            diagnostics.error(
                "<\(declaration.name)> \"\(declaration["identifier"] ?? "")\" has no "
                    + "<\(version.elementName("correctResponse"))>; a choice item needs its key",
                at: declaration.location, rule: QTIRule.missingCorrectResponse)
            return nil
        }
        let values = correct.children("value")
        guard !values.isEmpty else {
            diagnostics.error(
                "<\(correct.name)> has no <\(version.elementName("value"))>; a choice item needs its key",
                at: correct.location, rule: QTIRule.missingCorrectResponse)
            return nil
        }
        var keys: Set<String> = []
        var isValid = true
        for value in values {
            let id = value.textContent.trimmingXMLWhitespace
            if choices.contains(id) {
                keys.insert(id)
            } else {
                isValid = false
                diagnostics.error(
                    "correct response \"\(id)\" is not the identifier of a <\(version.elementName("simpleChoice"))>",
                    at: value.location, rule: QTIRule.unknownChoice)
            }
        }
        if maxChoices == 1 && values.count > 1 {
            diagnostics.error(
                "\(version.attributeName("maxChoices")) is 1 but <\(correct.name)> has \(values.count) values",
                at: correct.location, rule: QTIRule.tooManyKeys)
            return nil
        }
        return isValid ? keys : nil
    }
}
