import AssessCore

/// Writes one choice item as a QTI 2.1 `assessmentItem`.
///
/// The shape is the one ``QTIReader`` maps back to the same item: the stem's last paragraph is
/// the interaction's `prompt` and earlier paragraphs are `<p>` elements before it; line breaks
/// are `<br/>`. Keys go in `correctResponse`; a `mapping` (bounds 0 and 1, so that its values
/// are the credits themselves) is written when an option has an explicit credit or the item is
/// scored per option, with the default credit for options without one. Scoring uses the
/// standard templates `match_correct` and `map_response`. Rationales are `feedbackInline`
/// elements inside their choices; they need a FEEDBACK outcome set to the response, so an item
/// with rationales writes the template's rules out in full with that one step added (a
/// template reference cannot be extended). General feedback is a `modalFeedback` with
/// `showHide="hide"` on an outcome that is never set, i.e. shown whatever the answer.
struct QTIItemWriter {
    let item: Item

    static let namespace = QTIVersion.v2p1.namespace
    static let templates = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"

    /// The item's XML document.
    func document() -> String {
        let isMultiple = item.type == .multipleResponse
        let cardinality = isMultiple ? "multiple" : "single"
        let hasRationales = item.options.contains { $0.rationale != nil }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<assessmentItem xmlns="\#(Self.namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#,
            #"    xsi:schemaLocation="\#(Self.namespace) http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd""#,
            #"    identifier="\#(attribute(item.id))" title="\#(attribute(item.title ?? item.id))""#,
            #"    adaptive="false" timeDependent="false">"#,
            #"  <responseDeclaration identifier="RESPONSE" cardinality="\#(cardinality)" baseType="identifier">"#,
            "    <correctResponse>",
        ]
        lines += item.keys.map { "      <value>\(text($0.id))</value>" }
        lines.append("    </correctResponse>")
        lines += mapping()
        lines += [
            "  </responseDeclaration>",
            #"  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">"#,
            "    <defaultValue>",
            "      <value>0</value>",
            "    </defaultValue>",
            "  </outcomeDeclaration>",
        ]
        if hasRationales {
            lines.append(outcome("FEEDBACK", cardinality: cardinality))
        }
        if item.generalFeedback != nil {
            lines.append(outcome("GENERAL_FEEDBACK", cardinality: "single"))
        }
        lines += body()
        lines += responseProcessing(setsFeedback: hasRationales)
        if let feedback = item.generalFeedback {
            // GENERAL_FEEDBACK is never set, so feedback hidden only when it equals HIDDEN always shows.
            lines.append(
                #"  <modalFeedback outcomeIdentifier="GENERAL_FEEDBACK" identifier="HIDDEN" showHide="hide">"#
                    + "\(markup(feedback))</modalFeedback>")
        }
        lines.append("</assessmentItem>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func outcome(_ identifier: String, cardinality: String) -> String {
        #"  <outcomeDeclaration identifier="\#(identifier)" cardinality="\#(cardinality)" baseType="identifier"/>"#
    }

    private var usesMapping: Bool {
        usesPerOptionScoring || item.options.contains { $0.credit != nil }
    }

    private func mapping() -> [String] {
        guard usesMapping else { return [] }
        return [#"    <mapping lowerBound="0" upperBound="1" defaultValue="0">"#]
            + item.options.map {
                let credit = $0.credit ?? $0.effectiveCredit(in: item)
                return #"      <mapEntry mapKey="\#(attribute($0.id))" mappedValue="\#(credit.qtiText)"/>"#
            }
            + ["    </mapping>"]
    }

    private func body() -> [String] {
        let paragraphs = item.stem.components(separatedBy: "\n\n")
        let maxChoices = item.type == .multipleResponse ? 0 : 1
        var lines = ["  <itemBody>"]
        lines += paragraphs.dropLast().map { "    <p>\(markup($0))</p>" }
        lines += [
            #"    <choiceInteraction responseIdentifier="RESPONSE" shuffle="\#(item.shuffle)""#
                + #" maxChoices="\#(maxChoices)">"#,
            "      <prompt>\(markup(paragraphs.last ?? ""))</prompt>",
        ]
        for option in item.options {
            let id = attribute(option.id)
            var choice = #"      <simpleChoice identifier="\#(id)">\#(markup(option.text))"#
            if let rationale = option.rationale {
                choice += #"<feedbackInline outcomeIdentifier="FEEDBACK" identifier="\#(id)" showHide="show">"#
                choice += "\(markup(rationale))</feedbackInline>"
            }
            lines.append(choice + "</simpleChoice>")
        }
        lines += ["    </choiceInteraction>", "  </itemBody>"]
        return lines
    }

    private func responseProcessing(setsFeedback: Bool) -> [String] {
        let template = usesPerOptionScoring ? "map_response" : "match_correct"
        guard setsFeedback else {
            return [#"  <responseProcessing template="\#(Self.templates)\#(template)"/>"#]
        }
        let scoring =
            usesPerOptionScoring
            ? [
                "      <responseIf>",
                "        <isNull>",
                #"          <variable identifier="RESPONSE"/>"#,
                "        </isNull>",
                #"        <setOutcomeValue identifier="SCORE">"#,
                #"          <baseValue baseType="float">0</baseValue>"#,
                "        </setOutcomeValue>",
                "      </responseIf>",
                "      <responseElse>",
                #"        <setOutcomeValue identifier="SCORE">"#,
                #"          <mapResponse identifier="RESPONSE"/>"#,
                "        </setOutcomeValue>",
                "      </responseElse>",
            ]
            : [
                "      <responseIf>",
                "        <match>",
                #"          <variable identifier="RESPONSE"/>"#,
                #"          <correct identifier="RESPONSE"/>"#,
                "        </match>",
                #"        <setOutcomeValue identifier="SCORE">"#,
                #"          <baseValue baseType="float">1</baseValue>"#,
                "        </setOutcomeValue>",
                "      </responseIf>",
                "      <responseElse>",
                #"        <setOutcomeValue identifier="SCORE">"#,
                #"          <baseValue baseType="float">0</baseValue>"#,
                "        </setOutcomeValue>",
                "      </responseElse>",
            ]
        return [
            "  <!-- The \(template) template, plus FEEDBACK set to the response for the choices' inline feedback. -->",
            "  <responseProcessing>",
            #"    <setOutcomeValue identifier="FEEDBACK">"#,
            #"      <variable identifier="RESPONSE"/>"#,
            "    </setOutcomeValue>",
            "    <responseCondition>",
        ] + scoring + ["    </responseCondition>", "  </responseProcessing>"]
    }

    private var usesPerOptionScoring: Bool {
        item.type == .multipleResponse && item.scoring == .perOption
    }

    /// Plain text as XHTML content: escaped, with line ends as `<br/>` (two for a blank line).
    private func markup(_ plain: String) -> String {
        plain.split(separator: "\n", omittingEmptySubsequences: false).map { text(String($0)) }
            .joined(separator: "<br/>")
    }

    private func text(_ value: String) -> String { XMLEscaping.text(value) }
    private func attribute(_ value: String) -> String { XMLEscaping.attribute(value) }
}
