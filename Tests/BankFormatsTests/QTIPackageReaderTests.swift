import AssessCore
import BankFormats
import Foundation
import Testing

@Suite("QTI content package reader")
struct QTIPackageReaderTests {
    @Test("reads the QTI 2.2 package's item through its imsmanifest.xml")
    func readsQTI22Package() {
        let folder = QTIFixture.path("qti-instructure/imsqti_2.2_package")
        let documents = QTIPackageReader.read(at: folder)
        #expect(documents.map(\.file) == [folder + "/imsmanifest.xml", folder + "/choice.xml"])
        #expect(documents[0].items.isEmpty)
        #expect(documents[0].diagnostics.all.isEmpty)
        #expect(
            documents[1].items == [
                Item(
                    id: "choice", type: .singleBestAnswer, title: "Unattended Luggage",
                    stem: QTIReaderFixtureTests.luggageStem, options: QTIReaderFixtureTests.luggageOptions,
                    shuffle: false)
            ])
        #expect(
            QTIFixture.messages(documents[1]) == [QTIReaderFixtureTests.imageWarning(folder + "/choice.xml", 20, 13)])
    }

    @Test("reads the QTI 2.1 package's five items, reports the two that are not choice items and skips its test")
    func readsQTI21PackageWithTest() throws {
        let folder = QTIFixture.path("qti-instructure/test_qti_2.1")
        let documents = QTIPackageReader.read(at: folder)
        let items = (1...5).map { "\(folder)/Items/Item_VE_IP_0\($0)/qtiv2p1_EntryTest_VE_IP_0\($0).xml" }
        #expect(documents.map(\.file) == [folder + "/imsmanifest.xml"] + items)
        #expect(documents[0].diagnostics.all.isEmpty)
        #expect(documents.map { $0.items.map(\.id) } == [[], ["VE-IP-01"], ["VE-IP-02"], ["VE-IP-03"], [], []])

        #expect(
            documents[1].items.first
                == Item(
                    id: "VE-IP-01", type: .trueFalse, title: "QTI v2.1 Entry Profile Single T/F Item Test Instance",
                    stem: "Answer the following question.\n\nSigmund Freud and Carl Jung both belong to the "
                        + "psychoanalytic school of psychology.",
                    options: [Option(id: "true", text: "True", isKey: true), Option(id: "false", text: "False")],
                    shuffle: false))
        #expect(QTIFixture.messages(documents[1]).isEmpty)

        let figure = "Figure showing Rectangle ABCD divided into 12 equal boxes. 4 of the boxes are shaded."
        #expect(
            documents[2].items.first
                == Item(
                    id: "VE-IP-02", type: .singleBestAnswer, title: "QTI v2.1 Entry Profile Single MC/SR Item Test Instance",
                    stem: "[image: \(figure)] A B C D\n\nIn the figure above, what fraction of the rectangle ABCD is "
                        + "shaded?",
                    options: zip(["A", "B", "C", "D", "E"], ["1/6", "1/5", "1/4", "1/3", "1/2"]).map {
                        Option(id: $0, text: $1, isKey: $0 == "D")
                    },
                    shuffle: false))
        #expect(
            QTIFixture.messages(documents[2]) == [
                "\(items[1]):21:7: warning[media-as-text]: image \"apip_VE_IP_02.svg\" is imported as the text "
                    + "\"[image: \(figure)]\""
            ])

        // mapping upperBound 3: each accurate statement 1 point, each wrong one -1.
        let third = 1.0 / 3.0
        #expect(
            documents[3].items.first
                == Item(
                    id: "VE-IP-03", type: .multipleResponse, title: "QTI v2.1 Entry Profile Single MC/MR Item Test Instance",
                    stem: [
                        "Ms. Smith's class contains 24 students. Each student voted for his or her favorite color. The "
                            + "result of the class vote is shown in the table below.",
                        "Results of the Class Vote\nColor | Number of Students\nRed | 12\nBlue | 6\nGreen | 4\nYellow | 2",
                        "Indicate which of the following statements are accurate.",
                    ].joined(separator: "\n\n"),
                    options: [
                        Option(id: "option1", text: "The majority of students voted for Red.", isKey: true, credit: third),
                        Option(
                            id: "option2", text: "Twice as many students voted for Red a voted for Blue.", isKey: true,
                            credit: third),
                        Option(id: "option3", text: "Two percent of students voted for Yellow.", credit: -third),
                        Option(
                            id: "option4", text: "Red received more votes than any other color.", isKey: true, credit: third),
                        Option(id: "option5", text: "Twenty-five percent of students voted for Green.", credit: -third),
                    ],
                    scoring: .perOption, shuffle: false))

        #expect(
            QTIFixture.messages(documents[4]) == [
                "\(items[3]):29:47: error[unsupported-interaction]: unsupported interaction <textEntryInteraction>: "
                    + "only <choiceInteraction> items can be imported"
            ])
        #expect(
            QTIFixture.messages(documents[5]) == [
                "\(items[4]):99:5: error[unsupported-interaction]: unsupported interaction <extendedTextInteraction>: "
                    + "only <choiceInteraction> items can be imported"
            ])
    }

    @Test("reads a package given its manifest file as it does given its folder")
    func readsManifestFile() {
        let folder = QTIFixture.path("qti-instructure/test_qti_2.1")
        let byFolder = QTIPackageReader.read(at: folder)
        let byManifest = QTIPackageReader.read(at: folder + "/imsmanifest.xml")
        #expect(byManifest.map(\.file) == byFolder.map(\.file))
        #expect(byManifest.map(\.items) == byFolder.map(\.items))
    }

    @Test("reports a folder without imsmanifest.xml")
    func reportsMissingManifest() {
        let folder = QTIFixture.path("qti-instructure/items_2.1")
        let documents = QTIPackageReader.read(at: folder)
        #expect(documents.count == 1)
        #expect(
            QTIFixture.messages(documents[0]) == [
                "\(folder)/imsmanifest.xml: error[missing-manifest]: the folder has no imsmanifest.xml; a QTI content "
                    + "package needs one"
            ])
    }

    @Test("reports missing and outside files where the manifest names them, and reads items of other resource types")
    func reportsMissingFiles() throws {
        let manifest = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="M">
              <resources>
                <resource identifier="R1" type="imsqti_item_xmlv2p1" href="items/missing.xml">
                  <file href="items/missing.xml"/>
                  <file href="images/gone.png"/>
                </resource>
                <resource identifier="R2" type="imsqti_item_xmlv2p1" href="../outside.xml"/>
                <resource identifier="R3" type="webcontent" href="choice%20one.xml"/>
                <resource identifier="R4" type="webcontent" href="notes.xml"/>
                <resource identifier="R5" type="imsqti_item_xmlv2p2"/>
                <resource identifier="T1" type="imsqti_test_xmlv2p1" href="tests/absent.xml"/>
              </resources>
            </manifest>
            """
        let folder = try QTITemporaryPackage(files: [
            "imsmanifest.xml": manifest, "choice one.xml": QTIFixture.choiceItem21(), "notes.xml": "<notes/>",
        ])
        defer { folder.remove() }
        let documents = QTIPackageReader.read(at: folder.path)
        let manifestFile = folder.path + "/imsmanifest.xml"
        #expect(
            QTIFixture.messages(documents[0]) == [
                "\(manifestFile):4:5: error[missing-file]: resource \"R1\" refers to \"items/missing.xml\", which does "
                    + "not exist",
                "\(manifestFile):6:7: error[missing-file]: resource \"R1\" refers to \"images/gone.png\", which does "
                    + "not exist",
                "\(manifestFile):8:5: error[outside-package]: resource \"R2\" refers to \"../outside.xml\", which is "
                    + "outside the package",
                "\(manifestFile):11:5: error[missing-attribute]: resource \"R5\" of type imsqti_item_xmlv2p2 has no href",
            ])
        // The webcontent resource that is an item is read; the other XML file and the test are not.
        #expect(documents.map(\.file) == [manifestFile, folder.path + "/choice one.xml"])
        #expect(documents[1].items.map(\.id) == ["T-1"])
    }

    @Test(
        "reports a manifest that is not well-formed or not a manifest",
        arguments: [
            (
                "<manifest>\n  <resources>\n</manifest>\n",
                ":3:12: error[malformed-xml]: malformed XML: the end tag does not match <resources> (line 2)"
            ),
            ("<assessmentItem/>", ":1:1: error[not-a-manifest]: the root element is <assessmentItem>, not <manifest>"),
        ])
    func reportsBadManifest(text: String, expected: String) throws {
        let folder = try QTITemporaryPackage(files: ["imsmanifest.xml": text])
        defer { folder.remove() }
        let documents = QTIPackageReader.read(at: folder.path)
        #expect(documents.count == 1)
        #expect(QTIFixture.messages(documents[0]) == [folder.path + "/imsmanifest.xml" + expected])
    }
}

/// A package folder in the temporary directory, written from file texts by relative path.
struct QTITemporaryPackage {
    let path: String

    init(files: [String: String]) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("qti-\(UUID().uuidString)").path
        for (relative, contents) in files {
            let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
