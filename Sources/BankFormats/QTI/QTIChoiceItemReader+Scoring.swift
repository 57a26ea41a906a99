import AssessCore

/// How a QTI item's response processing scores a choice response.
enum QTIScoringRule: Sendable, Hashable {
    /// 1 when the response equals `correctResponse`, else 0 (the `match_correct` template).
    case matchCorrect
    /// The sum of the mapped values of the chosen options (the `map_response` template).
    case mapResponse
}

extension QTIChoiceItemReader {
    /// The scoring rule of `responseProcessing`: a standard template, or rules recognised by
    /// what they compute with (`mapResponse`, or a comparison with `correct`). Without response
    /// processing, a mapping implies `map_response` and its absence `match_correct`.
    mutating func scoringRule(hasMapping: Bool) -> QTIScoringRule? {
        guard let processing = root.child("responseProcessing") else {
            return hasMapping ? .mapResponse : .matchCorrect
        }
        if let template = processing["template"] {
            // 2.x: …/qti_v2p1/rptemplates/match_correct; 3.0: …/v3p0/rptemplates/match_correct.xml
            var name = template.split(separator: "/").last.map(String.init) ?? template
            if name.hasSuffix(".xml") { name.removeLast(4) }
            switch name {
            case "match_correct": return .matchCorrect
            case "map_response": return .mapResponse
            default:
                diagnostics.error(
                    "response processing template \"\(template)\" is not supported; a choice item needs "
                        + "match_correct or map_response",
                    at: processing.location, rule: QTIRule.unsupportedResponseProcessing)
                return nil
            }
        }
        let operators = Set(processing.descendants.filter(\.isQTI).map(\.key))
        if operators.contains("mapResponse") { return .mapResponse }
        if operators.contains("correct") { return .matchCorrect }
        diagnostics.error(
            "<\(processing.name)> neither compares the response with its correct response nor maps it, "
                + "so its scoring cannot be imported",
            at: processing.location, rule: QTIRule.unsupportedResponseProcessing)
        return nil
    }

    /// The model's scoring for a rule. The model scores only multiple-response items per option;
    /// a single-answer item scored by its mapping is kept all-or-nothing, with a warning when
    /// that changes a score (a distractor earning credit, or a key earning less than all).
    mutating func scoring(
        for rule: QTIScoringRule, type: ItemType, options: [Option], declaration: SourceElement
    ) -> ResponseScoring? {
        switch (rule, type) {
        case (.matchCorrect, _):
            return .allOrNothing
        case (.mapResponse, .multipleResponse):
            guard declaration.child("mapping") != nil else {
                diagnostics.error(
                    "map_response needs a <\(version.elementName("mapping"))> in <\(declaration.name)> "
                        + "\"\(declaration["identifier"] ?? "")\"",
                    at: declaration.location, rule: QTIRule.missingElement)
                return nil
            }
            return .perOption
        case (.mapResponse, _):
            let changesScores = options.contains {
                $0.isKey ? ($0.credit ?? 1) != 1 : ($0.credit ?? 0) > 0
            }
            if changesScores {
                diagnostics.warning(
                    "a single-answer item scored by its mapping is imported as all-or-nothing on its correct "
                        + "response; the partial credits are kept but not used",
                    at: declaration.location, rule: QTIRule.partialCreditIgnored)
            }
            return .allOrNothing
        }
    }
}
