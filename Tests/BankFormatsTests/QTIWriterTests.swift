import AssessCore
import BankFormats
import Foundation
import Testing

@Suite("QTI writer")
struct QTIWriterTests {
    /// Exports `items` and reads every item file back, in order.
    static func roundTrip(_ items: [Item]) -> (export: QTIExport, read: [BankDocument]) {
        let export = QTIWriter.write(items)
        let read = export.files.filter { $0.path.hasPrefix("items/") }.map { QTIReader.read($0.contents, file: $0.path) }
        return (export, read)
    }

    static let fixtureFiles =
        QTIReaderFixtureTests.supported.map(\.file)
        + (1...3).map { "qti-instructure/test_qti_2.1/Items/Item_VE_IP_0\($0)/qtiv2p1_EntryTest_VE_IP_0\($0).xml" }

    @Test("gives back the very items read from each supported fixture after an export", arguments: fixtureFiles)
    func roundTripsFixture(file: String) throws {
        let original = try QTIFixture.read(file)
        try #require(original.items.count == 1)
        let (export, read) = Self.roundTrip(original.items)
        #expect(export.diagnostics.all.isEmpty)
        #expect(export.files.map(\.path) == ["items/\(original.items[0].id).xml", "imsmanifest.xml"])
        #expect(read.map(\.items) == [original.items])
        #expect(read.flatMap(\.diagnostics.all).isEmpty)
    }

    static let constructed: [Item] = [
        Item(
            id: "SAF-SCR-101", type: .singleBestAnswer, title: #"Tom & "Jerry" <cartoon> — café"#,
            stem: "A caller says: \"Dad's 'discipline' leaves marks\" & <won't> stop.\nThe call is anonymous.\n\n"
                + "Quelle décision prendre ? 何をすべきか",
            options: [
                Option(id: "A", text: "Screen in: 1 < 2 & 3 > 2", rationale: "Right: \"marks\" meet the definition.", isKey: true),
                Option(id: "B", text: "Screen out\nand close", rationale: "No — a caller's anonymity <never> matters."),
                Option(id: "C", text: "Ask for the caller's name"),
            ],
            generalFeedback: "See §2.1 & §2.3.\n\nThen discuss with your supervisor."),
        Item(
            id: "SAF-SCR-102", type: .multipleResponse, title: "Present danger",
            stem: "Which are present-danger indicators?",
            options: [
                Option(id: "A", text: "Intoxicated sole caregiver of an infant", rationale: "Yes.", isKey: true, credit: 0.5),
                Option(id: "B", text: "Rent two weeks late", credit: -0.25),
                Option(id: "C", text: "Unexplained facial injury", isKey: true, credit: 0.5),
                Option(id: "D", text: "One missed appointment", rationale: "Not by itself.", credit: -1),
            ],
            scoring: .perOption),
        Item(
            id: "SAF-SCR-103", type: .multipleResponse, title: "All or nothing", stem: "Select all that apply.",
            options: [
                Option(id: "A", text: "One", isKey: true), Option(id: "B", text: "Two", isKey: true),
                Option(id: "C", text: "Three"),
            ],
            shuffle: false),
        Item(
            id: "SAF-SCR-104", type: .multipleResponse, title: "Credits kept", stem: "Select all that apply.",
            options: [
                Option(id: "A", text: "One", isKey: true, credit: 1), Option(id: "B", text: "Two", credit: 0),
            ]),
        Item(
            id: "SAF-SCR-105", type: .trueFalse, title: "Poverty", stem: "Poverty alone is sufficient grounds to "
                + "substantiate neglect.",
            options: [
                Option(id: "true", text: "True", rationale: "No: neglect needs a failure to provide available care."),
                Option(id: "false", text: "False", rationale: "Right: poverty is not, by itself, neglect.", isKey: true),
            ],
            shuffle: false),
        Item(
            id: "SAF-SCR-106", type: .singleBestAnswer, title: "Partial credit", stem: "Pick the best.",
            options: [
                Option(id: "A", text: "Best", isKey: true, credit: 1), Option(id: "B", text: "Good", credit: 0.5),
            ]),
    ]

    @Test(
        "gives back each constructed item after an export, escaping included",
        arguments: constructed.map { QTIItemArgument(item: $0) })
    func roundTripsConstructedItem(_ argument: QTIItemArgument) {
        let (export, read) = Self.roundTrip([argument.item])
        #expect(export.diagnostics.all.isEmpty)
        #expect(read.map(\.items) == [[argument.item]])
        #expect(read.flatMap(\.diagnostics.all).isEmpty)
    }

    @Test("exports per-option scoring without explicit credits as the credits the model would use")
    func exportsDefaultCredits() throws {
        let item = Item(
            id: "M-1", type: .multipleResponse, stem: "Pick.",
            options: [
                Option(id: "A", text: "a", isKey: true), Option(id: "B", text: "b", isKey: true),
                Option(id: "C", text: "c"),
            ],
            scoring: .perOption)
        let read = try #require(Self.roundTrip([item]).read.first?.items.first)
        #expect(read.options.map(\.credit) == [0.5, 0.5, -0.5])
        #expect(read.scoring == .perOption)
        var explicit = item
        for index in explicit.options.indices { explicit.options[index].credit = [0.5, 0.5, -0.5][index] }
        explicit.title = "M-1"
        #expect(read == explicit)
    }

    @Test("gives an untitled item its id as title, since QTI requires one")
    func titlesUntitledItem() throws {
        let item = Item(id: "U-1", type: .singleBestAnswer, stem: "Pick.", options: [Option(id: "A", text: "a", isKey: true)])
        #expect(try #require(Self.roundTrip([item]).read.first?.items.first).title == "U-1")
    }

    @Test("reports items QTI choice items cannot carry, and exports the others")
    func reportsUnexportableItems() {
        let good = Self.constructed[2]
        var markdown = Self.constructed[3]
        markdown.textFormat = .markdown
        var withStimulus = Self.constructed[0]
        withStimulus.stimulus = "VIG-SAF-01"
        var control = Self.constructed[5]
        control.stem = "Bell\u{7} rings"
        let items = [
            Item(id: "SA-SAF-01", type: .ratingScale, stem: "I can write a safety plan.", ratingScale: RatingScale(points: 5)),
            good, withStimulus, markdown, good,
            Item(id: "N-1", type: .singleBestAnswer, stem: "No key.", options: [Option(id: "A", text: "a")]),
            Item(id: "1st item", type: .singleBestAnswer, stem: "Bad ids.", options: [Option(id: "A b", text: "a", isKey: true)]),
            control,
        ]
        let export = QTIWriter.write(items, locations: ["SA-SAF-01": SourceLocation(file: "bank.yaml", line: 12, column: 5)])
        #expect(
            export.diagnostics.all.map(\.description) == [
                "bank.yaml:12:5: error[not-exportable]: item \"SA-SAF-01\" is a rating-scale item; QTI choice items "
                    + "need a key, so it is not exported",
                "items/SAF-SCR-101.xml: error[not-exportable]: item \"SAF-SCR-101\" refers to stimulus \"VIG-SAF-01\", "
                    + "which a QTI 2.1 item cannot carry; it is not exported",
                "items/SAF-SCR-104.xml: warning[markup-as-text]: item \"SAF-SCR-104\" is in markdown format; QTI "
                    + "export writes its text as plain text, markup included",
                "items/SAF-SCR-103.xml: error[duplicate-item]: item \"SAF-SCR-103\" is given twice; only the first is "
                    + "exported",
                "items/N-1.xml: error[not-exportable]: item \"N-1\" has no key; it is not exported",
                "items/1st item.xml: error[invalid-identifier]: item \"1st item\": \"1st item\" is not a QTI identifier "
                    + "(a letter or '_', then letters, digits, '-', '_' or '.')",
                "items/1st item.xml: error[invalid-identifier]: item \"1st item\": \"A b\" is not a QTI identifier "
                    + "(a letter or '_', then letters, digits, '-', '_' or '.')",
                "items/SAF-SCR-106.xml: error[invalid-character]: item \"SAF-SCR-106\" contains the character U+0007, "
                    + "which XML cannot represent",
            ])
        #expect(export.files.map(\.path) == ["items/SAF-SCR-103.xml", "items/SAF-SCR-104.xml", "imsmanifest.xml"])
    }

    @Test("writes a package that the package reader reads back to the same items")
    func writesReadablePackage() throws {
        let export = QTIWriter.write(Self.constructed)
        let folder = try QTITemporaryPackage(files: Dictionary(uniqueKeysWithValues: export.files.map { ($0.path, $0.contents) }))
        defer { folder.remove() }
        let documents = QTIPackageReader.read(at: folder.path)
        #expect(documents.flatMap(\.diagnostics.all).isEmpty)
        #expect(documents.flatMap(\.items) == Self.constructed)
        #expect(documents.dropFirst().map(\.file) == Self.constructed.map { "\(folder.path)/items/\($0.id).xml" })
    }

    @Test("names the manifest after the exported content, so the same export gives the same package")
    func writesDeterministicManifest() throws {
        let first = QTIWriter.write(Self.constructed)
        #expect(QTIWriter.write(Self.constructed) == first)
        let other = QTIWriter.write(Array(Self.constructed.dropFirst()))
        let identifier = try #require(Self.manifestIdentifier(first))
        #expect(identifier.hasPrefix("    identifier=\"MANIFEST-"))
        #expect(identifier != Self.manifestIdentifier(other))
    }

    static func manifestIdentifier(_ export: QTIExport) -> String? {
        let manifest = export.files.last?.contents ?? ""
        return manifest.split(separator: "\n").first { $0.contains("identifier=\"MANIFEST-") }.map(String.init)
    }
}

/// An item as a test argument, named by its id in test output.
struct QTIItemArgument: Sendable, CustomTestStringConvertible {
    var item: Item
    var testDescription: String { item.id }
}

@Suite("QTI writer: exact output")
struct QTIWriterOutputTests {
    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd"
        """

    @Test("writes a single-best-answer item with escaped text, its stem's last paragraph as the prompt")
    func writesSingleBestAnswer() throws {
        let item = Item(
            id: "SAF-SCR-010", type: .singleBestAnswer, title: #"Tom & "Jerry" <cartoon>"#,
            stem: "Context line one\nline two\n\nWhich is < 3 & > 1?",
            options: [Option(id: "A", text: "2", isKey: true), Option(id: "B", text: "5 & more")])
        let export = QTIWriter.write([item])
        #expect(
            export.files.first
                == QTIExport.File(
                    path: "items/SAF-SCR-010.xml",
                    contents: Self.header + "\n" + """
                            identifier="SAF-SCR-010" title="Tom &amp; &quot;Jerry&quot; &lt;cartoon&gt;"
                            adaptive="false" timeDependent="false">
                          <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                            <correctResponse>
                              <value>A</value>
                            </correctResponse>
                          </responseDeclaration>
                          <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
                            <defaultValue>
                              <value>0</value>
                            </defaultValue>
                          </outcomeDeclaration>
                          <itemBody>
                            <p>Context line one<br/>line two</p>
                            <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">
                              <prompt>Which is &lt; 3 &amp; &gt; 1?</prompt>
                              <simpleChoice identifier="A">2</simpleChoice>
                              <simpleChoice identifier="B">5 &amp; more</simpleChoice>
                            </choiceInteraction>
                          </itemBody>
                          <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
                        </assessmentItem>

                        """))
    }

    @Test("writes credits as a mapping, rationales as inline feedback and general feedback as modal feedback")
    func writesMultipleResponseWithFeedback() throws {
        let item = Item(
            id: "SAF-SCR-200", type: .multipleResponse, title: "Indicators", stem: "Which apply?",
            options: [
                Option(id: "A", text: "Injury", rationale: "Yes.", isKey: true, credit: 0.5),
                Option(id: "B", text: "Late rent", credit: -0.5),
            ],
            scoring: .perOption, shuffle: false, generalFeedback: "See the guide.")
        let contents = try #require(QTIWriter.write([item]).files.first?.contents)
        #expect(
            contents == Self.header + "\n" + """
                    identifier="SAF-SCR-200" title="Indicators"
                    adaptive="false" timeDependent="false">
                  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">
                    <correctResponse>
                      <value>A</value>
                    </correctResponse>
                    <mapping lowerBound="0" upperBound="1" defaultValue="0">
                      <mapEntry mapKey="A" mappedValue="0.5"/>
                      <mapEntry mapKey="B" mappedValue="-0.5"/>
                    </mapping>
                  </responseDeclaration>
                  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
                    <defaultValue>
                      <value>0</value>
                    </defaultValue>
                  </outcomeDeclaration>
                  <outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>
                  <outcomeDeclaration identifier="GENERAL_FEEDBACK" cardinality="single" baseType="identifier"/>
                  <itemBody>
                    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="0">
                      <prompt>Which apply?</prompt>
                      <simpleChoice identifier="A">Injury<feedbackInline outcomeIdentifier="FEEDBACK" identifier="A" showHide="show">Yes.</feedbackInline></simpleChoice>
                      <simpleChoice identifier="B">Late rent</simpleChoice>
                    </choiceInteraction>
                  </itemBody>
                  <!-- The map_response template, plus FEEDBACK set to the response for the choices' inline feedback. -->
                  <responseProcessing>
                    <setOutcomeValue identifier="FEEDBACK">
                      <variable identifier="RESPONSE"/>
                    </setOutcomeValue>
                    <responseCondition>
                      <responseIf>
                        <isNull>
                          <variable identifier="RESPONSE"/>
                        </isNull>
                        <setOutcomeValue identifier="SCORE">
                          <baseValue baseType="float">0</baseValue>
                        </setOutcomeValue>
                      </responseIf>
                      <responseElse>
                        <setOutcomeValue identifier="SCORE">
                          <mapResponse identifier="RESPONSE"/>
                        </setOutcomeValue>
                      </responseElse>
                    </responseCondition>
                  </responseProcessing>
                  <modalFeedback outcomeIdentifier="GENERAL_FEEDBACK" identifier="HIDDEN" showHide="hide">See the guide.</modalFeedback>
                </assessmentItem>

                """)
    }

    @Test("lists each item file as a QTI 2.1 item resource in the manifest")
    func writesManifest() throws {
        let items = ["SAF-1", "SAF-2"].map {
            Item(id: $0, type: .singleBestAnswer, stem: "Pick.", options: [Option(id: "A", text: "a", isKey: true)])
        }
        let export = QTIWriter.write(items)
        let manifest = try #require(export.files.last)
        #expect(manifest.path == "imsmanifest.xml")
        let lines = manifest.contents.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[5].wholeMatch(of: #/    identifier="MANIFEST-[0-9a-f]{16}">/#) != nil)
        #expect(
            lines.enumerated().filter { $0.offset != 5 }.map(\.element).joined(separator: "\n") == """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1
                        http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd"
                  <metadata>
                    <schema>QTIv2.1 Package</schema>
                    <schemaversion>1.0.0</schemaversion>
                  </metadata>
                  <organizations/>
                  <resources>
                    <resource identifier="RES-SAF-1" type="imsqti_item_xmlv2p1" href="items/SAF-1.xml">
                      <file href="items/SAF-1.xml"/>
                    </resource>
                    <resource identifier="RES-SAF-2" type="imsqti_item_xmlv2p1" href="items/SAF-2.xml">
                      <file href="items/SAF-2.xml"/>
                    </resource>
                  </resources>
                </manifest>

                """)
    }
}
