import AssessCore
import BankFormats
import Testing

/// A peer fixture that holds a supported choice item, with the item and diagnostics expected
/// from reading its XML by hand.
struct SupportedQTIFixture: Sendable, CustomTestStringConvertible {
    var file: String
    var item: Item
    var diagnostics: [String] = []
    var testDescription: String { file }
}

@Suite("QTI item reader: peer fixtures")
struct QTIReaderFixtureTests {
    static let luggageStem = [
        "Look at the text in the picture.", "[image: NEVER LEAVE LUGGAGE UNATTENDED]", "What does it say?",
    ].joined(separator: "\n\n")
    static let luggageOptions = [
        Option(id: "ChoiceA", text: "You must stay with your luggage at all times.", isKey: true),
        Option(id: "ChoiceB", text: "Do not let someone else look after your luggage."),
        Option(id: "ChoiceC", text: "Remember your luggage when you leave."),
    ]
    static let noneOfTheAbove = Option(id: "ChoiceD", text: "None of the above.")

    static func imageWarning(_ file: String, _ line: Int, _ column: Int, src: String = "images/sign.png") -> String {
        "\(file):\(line):\(column): warning[media-as-text]: image \"\(src)\" is imported as the text "
            + "\"[image: NEVER LEAVE LUGGAGE UNATTENDED]\""
    }

    static func water(_ texts: [String]) -> [Option] {
        // mapping upperBound 2, defaultValue -2: H and O 1 point, Cl -1, the others -2 (unmapped).
        zip(["H", "He", "C", "O", "N", "Cl"], zip(texts, [0.5, -1, -1, 0.5, -1, -0.5])).map { id, textAndCredit in
            Option(id: id, text: textAndCredit.0, isKey: id == "H" || id == "O", credit: textAndCredit.1)
        }
    }

    static let supported: [SupportedQTIFixture] = [
        SupportedQTIFixture(
            file: "qti-instructure/items_2.1/choice.xml",
            item: Item(
                id: "choice", type: .singleBestAnswer, title: "Unattended Luggage", stem: luggageStem,
                options: luggageOptions, shuffle: true),
            diagnostics: [imageWarning("qti-instructure/items_2.1/choice.xml", 17, 7)]),
        SupportedQTIFixture(
            file: "qti-instructure/items_2.1/Example02-feedbackInline.xml",
            item: Item(
                id: "Example02-feedbackInline", type: .trueFalse, title: "Example 2 - inline feedback",
                stem: "Sigmund Freud and Carl Jung both belong to the psychoanalytic school of psychology.",
                options: [
                    Option(id: "true", text: "True", rationale: "That's correct", isKey: true),
                    Option(id: "false", text: "False", rationale: "That's not correct"),
                ],
                shuffle: false)),
        SupportedQTIFixture(
            file: "qti-instructure/items_2.2/choice.xml",
            item: Item(
                id: "choice", type: .singleBestAnswer, title: "Unattended Luggage", stem: luggageStem,
                options: luggageOptions, shuffle: true),
            diagnostics: [imageWarning("qti-instructure/items_2.2/choice.xml", 20, 4)]),
        SupportedQTIFixture(
            file: "qti-instructure/items_2.2/choice_fixed.xml",
            // shuffle="true", but ChoiceD is fixed: the model keeps every option in place.
            item: Item(
                id: "choice", type: .singleBestAnswer, title: "Unattended Luggage", stem: luggageStem,
                options: luggageOptions + [noneOfTheAbove], shuffle: false),
            diagnostics: [imageWarning("qti-instructure/items_2.2/choice_fixed.xml", 21, 4)]),
        SupportedQTIFixture(
            file: "qti-instructure/items_2.2/choice_aria.xml",
            item: Item(
                id: "choice_aria", type: .singleBestAnswer, title: "Surveyors",
                stem: [
                    "Examine the following survey map.",
                    "[image: Survey map with angles]",
                    "Two surveyors, A and P, stand some distance apart on the south bank of a river, looking at a "
                        + "tree, T, that is on the north bank of the river. Points A, P, and T form a triangle. At "
                        + "points A and P, there are two parallel sight lines pointing north and forming angles "
                        + "outside of the triangle. At point P, angle TPA is 53 degrees. The adjacent angle between "
                        + "PT and the northern sight line is 37 degrees. At point A, angle TAP is not labeled, and "
                        + "the adjacent angle formed between AT and that northern sight line is 32 degrees.",
                    "The angles of a triangle add up to 180 degrees. a+b+c=180 | Knowing any two angles, you can "
                        + "calculate the missing angle.",
                    "What is the value of angle TAP in degrees?",
                ].joined(separator: "\n\n"),
                options: [
                    Option(id: "ChoiceA", text: "90", isKey: true), Option(id: "ChoiceB", text: "37"),
                    Option(id: "ChoiceC", text: "58"), noneOfTheAbove,
                ],
                shuffle: false),
            diagnostics: [
                "qti-instructure/items_2.2/choice_aria.xml:19:7: warning[media-as-text]: image "
                    + "\"images/survey.jpg\" is imported as the text \"[image: Survey map with angles]\""
            ]),
        SupportedQTIFixture(
            file: "qti-instructure/items_2.2/choice_multiple.xml",
            item: Item(
                id: "choiceMultiple", type: .multipleResponse, title: "Composition of Water",
                stem: "Which of the following elements are used to form water?",
                options: water(["Hydrogen", "Helium", "Carbon", "Oxygen", "Nitrogen", "Chlorine"]),
                scoring: .perOption, shuffle: true)),
        SupportedQTIFixture(
            file: "qti-instructure/items_2.2/choice_multiple_rtl.xml",
            item: Item(
                id: "choiceMultiple", type: .multipleResponse, title: "Composition of Water",
                stem: "איזה מהגורמים הבאים משמשים ליצירת מים",
                options: water(["מימן", "הליום", "פחם", "חמצן", "חנקן", "כלור"]), scoring: .perOption,
                shuffle: true)),
        SupportedQTIFixture(
            file: "qti-instructure/items_2.2/choice_ruby.xml",
            item: Item(
                id: "choice", type: .singleBestAnswer, title: "出身地", stem: "村田真(まこと)の出身地はどこですか\n\n選びなさい",
                options: [Option(id: "ChoiceHK", text: "北海道(ほっかいどう)", isKey: true)]
                    + zip(
                        ["ChoiceTH", "ChoiceHR", "ChoiceKT", "ChoiceKST", "ChoiceKK", "ChoiceKS", "ChoiceSK", "ChoiceTC", "ChoiceKY"],
                        ["東北", "北陸", "関東", "甲信越", "近畿", "関西", "四国", "中国", "九州"]
                    ).map { Option(id: $0, text: $1) },
                shuffle: true)),
        SupportedQTIFixture(
            file: "qti-instructure/items_2.2/choice_t_f.xml",
            item: Item(
                id: "choice", type: .trueFalse, title: "Unattended Luggage",
                stem: luggageStem.replacingOccurrences(of: "What does it say?", with: "Is it red?"),
                options: [Option(id: "T", text: "True"), Option(id: "F", text: "False", isKey: true)],
                shuffle: false),
            diagnostics: [imageWarning("qti-instructure/items_2.2/choice_t_f.xml", 20, 7)]),
        SupportedQTIFixture(
            file: "qti-instructure/items_2.2/choice_true_false.xml",
            item: Item(
                id: "choice", type: .trueFalse, title: "Unattended Luggage",
                stem: luggageStem.replacingOccurrences(of: "What does it say?", with: "Is it blue?"),
                options: [Option(id: "true", text: "True", isKey: true), Option(id: "false", text: "False")],
                shuffle: false),
            diagnostics: [imageWarning("qti-instructure/items_2.2/choice_true_false.xml", 20, 7)]),
        SupportedQTIFixture(
            file: "qti-instructure/imsqti_2.2_package/choice.xml",
            item: Item(
                id: "choice", type: .singleBestAnswer, title: "Unattended Luggage", stem: luggageStem,
                options: luggageOptions, shuffle: false),
            diagnostics: [imageWarning("qti-instructure/imsqti_2.2_package/choice.xml", 20, 13)]),
        SupportedQTIFixture(
            file: "qti3/choice_screening.xml",
            item: Item(
                id: "SAF-SCR-001", type: .singleBestAnswer, title: "Anonymous report",
                stem: "A screener receives a report that meets the statutory definition of neglect, but the caller "
                    + "is anonymous.\n\nWhat should the screener do?",
                options: [
                    Option(
                        id: "A", text: "Screen the report out because the caller cannot be re-contacted.",
                        rationale: "Anonymity does not change whether the allegation meets the definition."),
                    Option(
                        id: "B",
                        text: "Screen the report in and assign a response time based on the safety information.",
                        rationale: "Correct: the decision rests on the allegation & the safety information, not on "
                            + "who called.",
                        isKey: true),
                    Option(id: "C", text: "Ask a supervisor to contact the family before deciding."),
                ],
                shuffle: true, generalFeedback: "See the screening guidelines, section 2.")),
        SupportedQTIFixture(
            file: "qti3/choice_multiple_danger.xml",
            // upper-bound 2: A and C 1 point, B -1, D the default 0.
            item: Item(
                id: "SAF-SCR-002", type: .multipleResponse, title: "Present danger",
                stem: "Which of these are present-danger indicators? Select all that apply.",
                options: [
                    Option(
                        id: "A", text: "A caregiver is intoxicated while the only adult caring for an infant.",
                        isKey: true, credit: 0.5),
                    Option(id: "B", text: "The family's rent is two weeks late.", credit: -0.5),
                    Option(id: "C", text: "A child has an unexplained injury to the face.", isKey: true, credit: 0.5),
                    Option(id: "D", text: "A parent missed one medical appointment.", credit: 0),
                ],
                scoring: .perOption, shuffle: false)),
    ]

    @Test("reads each supported fixture into the item written by hand from its XML", arguments: supported)
    func readsSupportedFixture(_ fixture: SupportedQTIFixture) throws {
        let document = try QTIFixture.read(fixture.file)
        #expect(QTIFixture.messages(document) == fixture.diagnostics)
        #expect(document.items == [fixture.item])
        #expect(document.location(ofItem: fixture.item.id).file == fixture.file)
    }

    @Test(
        "reports each unsupported interaction fixture at the interaction's start tag",
        arguments: [
            ("items_2.1/order.xml", 12, 5, "orderInteraction"),
            ("items_2.1/gap_match.xml", 15, 5, "gapMatchInteraction"),
            ("items_2.1/match.xml", 17, 5, "associateInteraction"),
            ("items_2.1/match2.xml", 32, 5, "matchInteraction"),
            ("items_2.1/categorization.xml", 19, 5, "matchInteraction"),
            ("items_2.1/essay.xml", 7, 9, "extendedTextInteraction"),
            ("items_2.1/extended_text_rubric.xml", 17, 5, "extendedTextInteraction"),
            ("items_2.1/text_entry.xml", 17, 11, "textEntryInteraction"),
        ])
    func reportsUnsupportedInteraction(file: String, line: Int, column: Int, interaction: String) throws {
        let path = "qti-instructure/" + file
        let document = try QTIFixture.read(path)
        #expect(document.items.isEmpty)
        #expect(
            QTIFixture.messages(document) == [
                "\(path):\(line):\(column): error[unsupported-interaction]: unsupported interaction <\(interaction)>: "
                    + "only <choiceInteraction> items can be imported"
            ])
    }

    @Test("reports a choice item without correctResponse at its responseDeclaration")
    func reportsMissingCorrectResponse() throws {
        let path = "qti-instructure/items_2.2/choice_multiple_chocolade.xml"
        let document = try QTIFixture.read(path)
        #expect(document.items.isEmpty)
        #expect(
            QTIFixture.messages(document) == [
                "\(path):6:2: error[missing-correct-response]: <responseDeclaration> \"MR01\" has no "
                    + "<correctResponse>; a choice item needs its key"
            ])
    }

    @Test("reports a test file as not an item")
    func reportsTestFile() throws {
        let path = "qti-instructure/test_qti_2.1/Tests/Test_VE_TP_06/qtiv2p1_EntryTest_VE_TP_06.xml"
        let document = try QTIFixture.read(path)
        #expect(
            QTIFixture.messages(document) == [
                "\(path):2:1: error[not-an-item]: the root element is <assessmentTest>, not <assessmentItem>"
            ])
    }

    @Test("reports an unsupported QTI 3.0 interaction with its kebab-case name")
    func reportsUnsupportedQTI3Interaction() {
        let text = """
            <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="q" title="q">
              <qti-item-body>
                <p>Name the lake: <qti-text-entry-interaction response-identifier="RESPONSE"/></p>
              </qti-item-body>
            </qti-assessment-item>
            """
        let document = QTIReader.read(text, file: "q3.xml")
        #expect(
            QTIFixture.messages(document) == [
                "q3.xml:3:23: error[unsupported-interaction]: unsupported interaction <qti-text-entry-interaction>: "
                    + "only <qti-choice-interaction> items can be imported"
            ])
    }

    @Test("reports a QTI 3.0 item without correct response in QTI 3.0 names")
    func reportsQTI3MissingCorrectResponse() {
        let text = """
            <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="q" title="q">
              <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"/>
              <qti-item-body>
                <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
                  <qti-simple-choice identifier="A">Yes</qti-simple-choice>
                </qti-choice-interaction>
              </qti-item-body>
            </qti-assessment-item>
            """
        #expect(
            QTIFixture.messages(QTIReader.read(text, file: "q3.xml")) == [
                "q3.xml:2:3: error[missing-correct-response]: <qti-response-declaration> \"RESPONSE\" has no "
                    + "<qti-correct-response>; a choice item needs its key"
            ])
    }
}

@Suite("QTI item reader: malformed and unsupported input")
struct QTIReaderErrorTests {
    static let root = #"<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="x">"#

    @Test(
        "reports malformed XML at the parser's position with the problem in words",
        arguments: [
            (
                "\(root)\n  <itemBody>\n    <p>An unclosed paragraph\n  </itemBody>\n</assessmentItem>",
                "bad.xml:4:14: error[malformed-xml]: malformed XML: the end tag does not match <p> (line 3)"
            ),
            (
                "\(root)\n  <itemBody><p>Fish & chips</p></itemBody>\n</assessmentItem>",
                "bad.xml:2:22: error[malformed-xml]: malformed XML: a name is expected here; write a literal '&' as "
                    + "&amp; and '<' as &lt;"
            ),
            (
                "\(root)\n  <itemBody>\n",
                "bad.xml:2:13: error[malformed-xml]: malformed XML: element <itemBody> (line 2) is not closed"
            ),
            (
                "\(root)</assessmentItem>\n<extra/>",
                "bad.xml:2:1: error[malformed-xml]: malformed XML: content after the end of the root element"
            ),
            (
                "\(root)<p>&nbsp;</p></assessmentItem>",
                "bad.xml:1:100: error[malformed-xml]: malformed XML: an undeclared entity; XML knows only &amp; &lt; "
                    + "&gt; &quot; &apos; (write others as &#160;)"
            ),
            (
                #"<assessmentItem identifier="x" identifier="y"/>"#,
                "bad.xml:1:46: error[malformed-xml]: malformed XML: an attribute is given twice"
            ),
            (
                "<assessmentItem identifier=x/>",
                "bad.xml:1:28: error[malformed-xml]: malformed XML: an attribute value must be in quotes"
            ),
            ("", "bad.xml:1:1: error[malformed-xml]: malformed XML: the document has no root element"),
            (
                #"<?xml version="1.0"?>"# + "\n",
                "bad.xml:2:1: error[malformed-xml]: malformed XML: the document has no root element"
            ),
        ])
    func reportsMalformedXML(text: String, expected: String) {
        let document = QTIReader.read(text, file: "bad.xml")
        #expect(document.items.isEmpty)
        #expect(QTIFixture.messages(document) == [expected])
    }

    @Test("refuses a DOCTYPE declaration, whose entities could expand without bound")
    func refusesDoctype() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE assessmentItem [<!ENTITY x \"x\">]>\n\(Self.root)</assessmentItem>"
        #expect(
            QTIFixture.messages(QTIReader.read(text, file: "bad.xml")) == [
                "bad.xml:2:1: error[unsupported-doctype]: a DOCTYPE declaration is not allowed in a QTI file"
            ])
    }

    @Test(
        "reports a root element outside the QTI 2.1, 2.2 and 3.0 namespaces",
        arguments: [
            (
                #"<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p0" identifier="x"/>"#,
                "old.xml:1:1: error[unknown-namespace]: <assessmentItem> has namespace "
                    + "\"http://www.imsglobal.org/xsd/imsqti_v2p0\"; a QTI 2.1, 2.2 or 3.0 item is expected"
            ),
            (
                "<questestinterop>\n  <item ident=\"x\"/>\n</questestinterop>",
                "old.xml:1:1: error[unknown-namespace]: <questestinterop> has no namespace; a QTI 2.1, 2.2 or 3.0 "
                    + "item is expected"
            ),
        ])
    func reportsUnknownNamespace(text: String, expected: String) {
        #expect(QTIFixture.messages(QTIReader.read(text, file: "old.xml")) == [expected])
    }

    @Test("reads text whose XML declaration names another encoding as the Unicode it already is")
    func ignoresDeclaredEncoding() {
        let text = QTIFixture.choiceItem21(body: "<p>Café</p>")
            .replacingOccurrences(of: #"encoding="UTF-8""#, with: #"encoding="ISO-8859-1""#)
        #expect(QTIReader.read(text, file: "x.xml").items.first?.stem == "Café\n\nWhich one?")
    }

    @Test("locates elements on the same lines whether the text ends lines with LF or CRLF")
    func locatesWithCRLF() {
        let text = QTIFixture.choiceItem21(body: "<orderInteraction responseIdentifier=\"RESPONSE\"/>")
        let lf = QTIFixture.messages(QTIReader.read(text, file: "x.xml"))
        let crlf = QTIFixture.messages(QTIReader.read(text.replacingOccurrences(of: "\n", with: "\r\n"), file: "x.xml"))
        #expect(
            lf == [
                "x.xml:9:1: error[unsupported-interaction]: unsupported interaction <orderInteraction>: only "
                    + "<choiceInteraction> items can be imported"
            ])
        #expect(crlf == lf)
    }

    @Test(
        "reports items that are not one keyed choice interaction, at the element concerned",
        arguments: [
            (
                QTIFixture.choiceItem21(body: #"<choiceInteraction responseIdentifier="RESPONSE"/>"#),
                "x.xml:10:5: error[multiple-interactions]: a second interaction <choiceInteraction>: only items with "
                    + "one interaction can be imported"
            ),
            (
                QTIFixture.item21("  <itemBody><p>No question here.</p></itemBody>"),
                "x.xml:3:3: error[missing-interaction]: <itemBody> has no interaction; only choice items can be imported"
            ),
            (
                QTIFixture.item21("  <responseDeclaration identifier=\"R\"/>"),
                "x.xml:2:1: error[missing-element]: <assessmentItem> has no <itemBody>"
            ),
            (
                QTIFixture.choiceItem21().replacingOccurrences(of: #"identifier="T-1" "#, with: ""),
                "x.xml:2:1: error[missing-attribute]: <assessmentItem> has no identifier attribute"
            ),
            (
                QTIFixture.choiceItem21().replacingOccurrences(of: #"<value>A</value>"#, with: "<value>Z</value>"),
                "x.xml:5:7: error[unknown-choice]: correct response \"Z\" is not the identifier of a <simpleChoice>"
            ),
            (
                QTIFixture.choiceItem21().replacingOccurrences(of: #"<value>A</value>"#, with: "<value>A</value><value>B</value>"),
                "x.xml:4:5: error[too-many-keys]: maxChoices is 1 but <correctResponse> has 2 values"
            ),
            (
                QTIFixture.choiceItem21().replacingOccurrences(of: #"identifier="RESPONSE" card"#, with: #"identifier="OTHER" card"#),
                "x.xml:10:5: error[missing-element]: no <responseDeclaration> with identifier \"RESPONSE\" for "
                    + "<choiceInteraction>"
            ),
            (
                QTIFixture.choiceItem21(choices: #"<simpleChoice identifier="A">Alpha</simpleChoice><simpleChoice identifier="A">Again</simpleChoice>"#),
                "x.xml:12:50: error[duplicate-choice]: <simpleChoice> identifier \"A\" is used twice"
            ),
            (
                QTIFixture.choiceItem21(choices: #"<simpleChoice identifier="A">Alpha</simpleChoice><simpleChoice identifier="B"> </simpleChoice>"#),
                "x.xml:12:50: error[empty-text]: <simpleChoice> \"B\" has no text"
            ),
            (
                QTIFixture.choiceItem21().replacingOccurrences(of: #"maxChoices="1""#, with: #"maxChoices="one""#),
                "x.xml:10:5: error[invalid-attribute]: maxChoices \"one\" is not a whole number"
            ),
            (
                QTIFixture.choiceItem21().replacingOccurrences(of: "<prompt>Which one?</prompt>", with: ""),
                "x.xml:8:3: error[empty-text]: the item has no stem: <itemBody> and its prompt have no text"
            ),
        ])
    func reportsInvalidChoiceItem(text: String, expected: String) {
        let document = QTIReader.read(text, file: "x.xml")
        #expect(document.items.isEmpty)
        #expect(QTIFixture.messages(document) == [expected])
    }
}
