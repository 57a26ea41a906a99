import AssessCore
import BankFormats
import Foundation

/// Access to the QTI fixture files next to this source file, and small QTI texts for tests.
enum QTIFixture {
    /// `Tests/BankFormatsTests/Fixtures`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The absolute path of a fixture, given relative to `Fixtures`.
    static func path(_ relative: String) -> String {
        folder.appendingPathComponent(relative).path
    }

    /// Reads a fixture item with ``QTIReader``; diagnostics name it by its relative path.
    static func read(_ relative: String) throws -> BankDocument {
        QTIReader.read(try String(contentsOfFile: path(relative), encoding: .utf8), file: relative)
    }

    /// A QTI 2.1 item whose root start tag is line 2 and whose `inner` content starts on line 3.
    static func item21(_ inner: String, identifier: String = "T-1") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="\(identifier)" title="Test">
        \(inner)
        </assessmentItem>
        """
    }

    /// A single-answer QTI 2.1 item (key A) with `body` before a three-choice interaction;
    /// the `body` starts on line 9.
    static func choiceItem21(body: String = "", choices: String? = nil, processing: String = matchCorrect) -> String {
        item21(
            """
              <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                <correctResponse>
                  <value>A</value>
                </correctResponse>
              </responseDeclaration>
              <itemBody>
            \(body)
                <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
                  <prompt>Which one?</prompt>
            \(choices ?? #"<simpleChoice identifier="A">Alpha</simpleChoice><simpleChoice identifier="B">Beta</simpleChoice>"#)
                </choiceInteraction>
              </itemBody>
            \(processing)
            """)
    }

    static let matchCorrect =
        #"<responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>"#

    /// The descriptions of a document's diagnostics, in order.
    static func messages(_ document: BankDocument) -> [String] {
        document.diagnostics.all.map(\.description)
    }
}
