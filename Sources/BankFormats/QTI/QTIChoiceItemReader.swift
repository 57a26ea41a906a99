import AssessCore

/// Interprets the element tree of one `assessmentItem` as a choice item of the item model.
///
/// Names are QTI 2 names throughout (``SourceElement/key``); messages quote elements as the
/// file writes them (``SourceElement/name``, ``QTIVersion/elementName(_:)``).
struct QTIChoiceItemReader {
    let root: SourceElement
    let version: QTIVersion
    var diagnostics = Diagnostics()
    var flattener = QTITextFlattener()

    init(root: SourceElement, version: QTIVersion) {
        self.root = root
        self.version = version
    }

    /// The item, or nil if an error (now in ``diagnostics``) prevents reading it faithfully.
    mutating func item() -> Item? {
        defer { diagnostics.append(contentsOf: flattener.diagnostics) }
        guard let id = required("identifier", of: root),
            let body = required(child: "itemBody", of: root),
            let interaction = choiceInteraction(in: body),
            let declaration = responseDeclaration(for: interaction),
            var options = choices(of: interaction)
        else { return nil }
        guard let maxChoices = maxChoices(of: interaction),
            let keys = keys(in: declaration, choices: options.map(\.id), maxChoices: maxChoices)
        else { return nil }
        for index in options.indices { options[index].isKey = keys.contains(options[index].id) }

        var type: ItemType = maxChoices == 1 ? .singleBestAnswer : .multipleResponse
        if type == .singleBestAnswer, Set(options.map { $0.text.lowercased() }) == ["true", "false"] {
            type = .trueFalse
        }
        let mapping = declaration.child("mapping")
        if let mapping {
            guard let credits = credits(from: mapping, choices: options.map(\.id), type: type) else { return nil }
            for index in options.indices { options[index].credit = credits[options[index].id] }
        }
        guard let rule = scoringRule(hasMapping: mapping != nil) else { return nil }
        let scoring = scoring(for: rule, type: type, options: options, declaration: declaration)

        let stem = flattener.text(of: body.children)
        if stem.isEmpty {
            diagnostics.error(
                "the item has no stem: <\(body.name)> and its prompt have no text", at: body.location,
                rule: QTIRule.emptyText)
        }
        reportFeedback(outside: body)
        guard !diagnostics.hasErrors, !flattener.diagnostics.hasErrors, let scoring else { return nil }
        return Item(
            id: id, type: type, title: root["title"], stem: stem, textFormat: .plain, options: options,
            scoring: scoring, shuffle: shuffles(interaction), generalFeedback: generalFeedback())
    }

    /// The value of a required attribute, or nil with an error.
    mutating func required(_ attribute: String, of element: SourceElement) -> String? {
        if let value = element[attribute] { return value }
        diagnostics.error(
            "<\(element.name)> has no \(version.attributeName(attribute)) attribute", at: element.location,
            rule: QTIRule.missingAttribute)
        return nil
    }

    /// The first child with a QTI 2 name, or nil with an error.
    mutating func required(child key: String, of element: SourceElement) -> SourceElement? {
        if let child = element.child(key) { return child }
        diagnostics.error(
            "<\(element.name)> has no <\(version.elementName(key))>", at: element.location,
            rule: QTIRule.missingElement)
        return nil
    }

    /// Whether an attribute holds an `xsd:boolean` true.
    static func isTrue(_ value: String?) -> Bool {
        value.map { ["true", "1"].contains($0.trimmingXMLWhitespace.lowercased()) } ?? false
    }

    /// Delivery may shuffle only if the interaction allows it and pins no choice: the model has
    /// no per-option `fixed`, and keeping all options in place never breaks the author's intent.
    private func shuffles(_ interaction: SourceElement) -> Bool {
        let pinsAChoice = interaction.children("simpleChoice").contains { Self.isTrue($0["fixed"]) }
        return Self.isTrue(interaction["shuffle"]) && !pinsAChoice
    }
}

extension String {
    /// The string without leading and trailing XML whitespace (space, tab, CR, LF).
    var trimmingXMLWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
