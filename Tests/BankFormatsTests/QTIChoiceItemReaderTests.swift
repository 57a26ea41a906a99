import AssessCore
import BankFormats
import Testing

@Suite("QTI item reader: credits, scoring and feedback")
struct QTIChoiceItemReaderTests {
    /// A multiple-response item keyed A and B with choices A, B, C; the mapping starts on line 8.
    static func multipleItem(mapping: String, processing: String) -> String {
        QTIFixture.item21(
            """
              <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">
                <correctResponse>
                  <value>A</value>
                  <value>B</value>
                </correctResponse>
            \(mapping)
              </responseDeclaration>
              <itemBody>
                <choiceInteraction responseIdentifier="RESPONSE" maxChoices="0">
                  <prompt>Pick all that apply.</prompt>
                  <simpleChoice identifier="A">a</simpleChoice>
                  <simpleChoice identifier="B">b</simpleChoice>
                  <simpleChoice identifier="C">c</simpleChoice>
                </choiceInteraction>
              </itemBody>
            \(processing)
            """)
    }

    static func read(mapping: String, processing: String) -> BankDocument {
        QTIReader.read(multipleItem(mapping: mapping, processing: processing), file: "x.xml")
    }

    static func template(_ name: String) -> String {
        #"<responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/\#(name)"/>"#
    }

    static let mapping =
        #"<mapping defaultValue="-1"><mapEntry mapKey="A" mappedValue="2"/><mapEntry mapKey="B" mappedValue="1"/></mapping>"#

    @Test("makes mapped values fractions of the best score the mapping allows when it has no upperBound")
    func scalesMappingBySumOfPositivePoints() throws {
        let document = Self.read(mapping: Self.mapping, processing: Self.template("map_response"))
        #expect(document.diagnostics.all.isEmpty)
        let item = try #require(document.items.first)
        // A 2 points, B 1, C the default -1: at best 3 points.
        #expect(item.options.map(\.credit) == [2.0 / 3.0, 1.0 / 3.0, -1.0 / 3.0])
        #expect(item.options.map(\.isKey) == [true, true, false])
        #expect(item.scoring == .perOption)
        #expect(item.shuffle == false)
    }

    @Test("clamps a credit below -1 of the maximum score, with a warning at its mapEntry")
    func clampsCredit() throws {
        let mapping = #"<mapping upperBound="1" defaultValue="0"><mapEntry mapKey="A" mappedValue="0.5"/><mapEntry mapKey="B" mappedValue="0.5"/><mapEntry mapKey="C" mappedValue="-3"/></mapping>"#
        let document = Self.read(mapping: mapping, processing: Self.template("map_response"))
        #expect(
            QTIFixture.messages(document) == [
                "x.xml:8:122: warning[credit-clamped]: the credit of choice \"C\" is -3 of the maximum score; it is "
                    + "clamped to -1"
            ])
        #expect(try #require(document.items.first).options.map(\.credit) == [0.5, 0.5, -1])
    }

    @Test("reports a mapped value that is not a number")
    func reportsInvalidMappedValue() {
        let mapping = #"<mapping><mapEntry mapKey="A" mappedValue="lots"/></mapping>"#
        let document = Self.read(mapping: mapping, processing: Self.template("map_response"))
        #expect(document.items.isEmpty)
        #expect(
            QTIFixture.messages(document) == [
                "x.xml:8:10: error[invalid-attribute]: mappedValue \"lots\" is not a number"
            ])
    }

    @Test(
        "takes the scoring of a multiple-response item from its response processing",
        arguments: [
            (template("map_response"), ResponseScoring.perOption),
            (template("match_correct"), .allOrNothing),
            ("", .perOption),
            (
                "<responseProcessing><responseCondition><responseIf><isNull><variable identifier=\"RESPONSE\"/></isNull>"
                    + "</responseIf><responseElse><setOutcomeValue identifier=\"SCORE\"><mapResponse identifier=\"RESPONSE\"/>"
                    + "</setOutcomeValue></responseElse></responseCondition></responseProcessing>",
                .perOption
            ),
        ])
    func takesScoringFromProcessing(processing: String, scoring: ResponseScoring) throws {
        let document = Self.read(mapping: Self.mapping, processing: processing)
        let item = try #require(document.items.first)
        #expect(item.scoring == scoring)
        // The credits are kept whichever rule scores the item.
        #expect(item.options.map(\.credit) == [2.0 / 3.0, 1.0 / 3.0, -1.0 / 3.0])
    }

    @Test(
        "reports response processing that is neither match_correct nor map_response",
        arguments: [
            (
                template("map_response_point"),
                "x.xml:18:1: error[unsupported-response-processing]: response processing template "
                    + "\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response_point\" is not supported; "
                    + "a choice item needs match_correct or map_response"
            ),
            (
                #"<responseProcessing><setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue></responseProcessing>"#,
                "x.xml:18:1: error[unsupported-response-processing]: <responseProcessing> neither compares the "
                    + "response with its correct response nor maps it, so its scoring cannot be imported"
            ),
        ])
    func reportsUnsupportedProcessing(processing: String, expected: String) {
        let document = Self.read(mapping: Self.mapping, processing: processing)
        #expect(document.items.isEmpty)
        #expect(QTIFixture.messages(document) == [expected])
    }

    @Test("warns that a single-answer item with partial credit in its mapping is scored all-or-nothing")
    func warnsAboutPartialCreditOnSingleAnswer() throws {
        let partial = QTIFixture.choiceItem21(processing: Self.template("map_response")).replacingOccurrences(
            of: "</correctResponse>",
            with: #"</correctResponse><mapping><mapEntry mapKey="A" mappedValue="1"/><mapEntry mapKey="B" mappedValue="0.5"/></mapping>"#)
        let document = QTIReader.read(partial, file: "x.xml")
        #expect(
            QTIFixture.messages(document) == [
                "x.xml:3:3: warning[partial-credit-ignored]: a single-answer item scored by its mapping is imported "
                    + "as all-or-nothing on its correct response; the partial credits are kept but not used"
            ])
        let item = try #require(document.items.first)
        #expect(item.scoring == .allOrNothing)
        #expect(item.options.map(\.credit) == [1, 0.5])

        let trivial = partial.replacingOccurrences(of: #"mappedValue="0.5""#, with: #"mappedValue="0""#)
        #expect(QTIReader.read(trivial, file: "x.xml").diagnostics.all.isEmpty)
    }

    @Test("keeps general feedback and reports feedback that depends on outcomes the model lacks")
    func mapsFeedback() throws {
        let text = QTIFixture.choiceItem21(
            body: #"<feedbackBlock outcomeIdentifier="FEEDBACK" identifier="X" showHide="show"><p>Well done</p></feedbackBlock>"#,
            choices: #"<simpleChoice identifier="A">Alpha<feedbackInline outcomeIdentifier="FEEDBACK" identifier="B" showHide="show">Not for A</feedbackInline></simpleChoice><simpleChoice identifier="B">Beta</simpleChoice>"#,
            processing: QTIFixture.matchCorrect + "\n"
                + #"<modalFeedback outcomeIdentifier="F" identifier="N" showHide="hide">Read section 2.</modalFeedback>"#
                + "\n" + #"<modalFeedback outcomeIdentifier="F" identifier="Y" showHide="show">Only when right.</modalFeedback>"#
                + "\n" + #"<modalFeedback outcomeIdentifier="F" identifier="M" showHide="hide">And section 3.</modalFeedback>"#)
        let document = QTIReader.read(text, file: "x.xml")
        #expect(
            QTIFixture.messages(document) == [
                "x.xml:12:35: warning[ignored-content]: <feedbackInline> \"B\" in choice \"A\" is not feedback on that "
                    + "choice and is not imported",
                "x.xml:9:1: warning[ignored-content]: <feedbackBlock> \"X\" is conditional feedback outside the choices "
                    + "and is not imported",
                "x.xml:17:1: warning[ignored-content]: <modalFeedback> \"Y\" is shown only for some outcomes; the item "
                    + "model keeps only feedback shown whatever the answer, so it is not imported",
            ])
        let item = try #require(document.items.first)
        #expect(item.stem == "Which one?")
        #expect(item.options.map(\.rationale) == [nil, nil])
        #expect(item.options.map(\.text) == ["Alpha", "Beta"])
        #expect(item.generalFeedback == "Read section 2.\n\nAnd section 3.")
    }
}
