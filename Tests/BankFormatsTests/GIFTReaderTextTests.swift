import AssessCore
import Testing

@testable import BankFormats

/// How the GIFT reader turns source text into stems, options and feedback.
@Suite("GIFT reader: text")
struct GIFTReaderTextTests {
    /// The item of a one-question file, failing the test if there is not exactly one.
    static func onlyItem(_ text: String, file: String = "bank.gift") throws -> Item {
        let document = GIFTReader.read(text, file: file)
        #expect(document.diagnostics.errors.isEmpty, "\(document.diagnostics.errors)")
        try #require(document.items.count == 1)
        return document.items[0]
    }

    @Test(
        "each escape stands for its character in stems, answers and feedback",
        arguments: [
            ("\\~", "~"), ("\\=", "="), ("\\#", "#"), ("\\{", "{"), ("\\}", "}"), ("\\:", ":"),
            ("\\\\", "\\"), ("\\n", "\n"),
        ])
    func escape(written: String, meaning: String) throws {
        let item = try Self.onlyItem("Pick \(written) here{=right \(written) one#why \(written) not ~wrong}")
        #expect(item.stem == "Pick \(meaning) here")
        #expect(item.options.map(\.text) == ["right \(meaning) one", "wrong"])
        #expect(item.options[0].rationale == "why \(meaning) not")
    }

    @Test("a backslash before any other character is kept as a backslash")
    func loneBackslash() throws {
        let item = try Self.onlyItem(#"Is C:\temp a folder?{T}"#)
        #expect(item.stem == #"Is C:\temp a folder?"#)
    }

    @Test("an escaped colon may end a title")
    func titleWithEscapedColon() throws {
        let item = try Self.onlyItem(#"::Case 4\:::Is the child safe?{T}"#)
        #expect(item.title == "Case 4:")
        #expect(item.stem == "Is the child safe?")
    }

    @Test(
        "a leading format marker sets the text format, and unmarked text is moodle",
        arguments: [
            ("[html]", TextFormat.html), ("[markdown]", .markdown), ("[plain]", .plain), ("[moodle]", .moodle),
            ("", .moodle),
        ])
    func textFormat(marker: String, format: TextFormat) throws {
        let item = try Self.onlyItem("::Title::\(marker)Is it safe?{T}")
        #expect(item.textFormat == format)
        #expect(item.stem == "Is it safe?")
    }

    @Test("an unknown bracketed word at the start is text, not a format")
    func unknownMarkerIsText() throws {
        let item = try Self.onlyItem("[HTML]Is it safe?{T}")
        #expect(item.textFormat == .moodle)
        #expect(item.stem == "[HTML]Is it safe?")
    }

    @Test("moodle and plain text fold line breaks and runs of spaces; HTML and Markdown keep them")
    func whitespace() throws {
        let source = "Line one\n   line  two\tend{T}"
        #expect(try Self.onlyItem(source).stem == "Line one line two\tend")
        #expect(try Self.onlyItem("[plain]" + source).stem == "Line one line two\tend")
        #expect(try Self.onlyItem("[html]" + source).stem == "Line one\n   line  two\tend")
        #expect(try Self.onlyItem("[markdown]" + source).stem == "Line one\n   line  two\tend")
    }

    @Test("a block spread over many lines reads answers, multi-line feedback and general feedback")
    func multiLineBlock() throws {
        let item = try Self.onlyItem(
            """
            ::Multi::What is
            the answer?{
              =right one
               continued  # feedback
                 on two lines
              // a comment inside the block
              ~wrong
              ####General
              feedback
            }
            """)
        #expect(item.title == "Multi")
        #expect(item.stem == "What is the answer?")
        #expect(item.options.map(\.text) == ["right one continued", "wrong"])
        #expect(item.options.map(\.rationale) == ["feedback on two lines", nil])
        #expect(item.generalFeedback == "General feedback")
    }

    @Test(
        "an answer block inside the text leaves a blank in the stem, spaced as in the peer suite",
        arguments: [
            ("Grant is {~buried =entombed} in Grant's tomb.", "Grant is _____ in Grant's tomb."),
            ("{=Asia ~Europe} is the largest continent.", "_____ is the largest continent."),
            ("Jesus was from {=Nazareth ~Rome}.", "Jesus was from _____ ."),
            ("Who is buried here?{=no one ~Grant}", "Who is buried here?"),
            ("Who is buried here?{=no one ~Grant} // a trailing comment", "Who is buried here?"),
        ])
    func embeddedAnswers(source: String, stem: String) throws {
        #expect(try Self.onlyItem(source).stem == stem)
    }

    @Test(
        "CR, CRLF and a byte-order mark read like LF, locations included",
        arguments: ["\r\n", "\r", "\n"], [true, false])
    func lineEnds(lineEnd: String, withBOM: Bool) throws {
        let source = "// [id:Q1]\n::T::First line\nsecond line{\n=yes\n~no}\n\nBroken {=a ~b\n"
        let converted = source.replacingOccurrences(of: "\n", with: lineEnd)
        let bytes = (withBOM ? [0xEF, 0xBB, 0xBF] : []) + Array(converted.utf8)
        let decoded = GIFTReader.read(try SourceText.decode(bytes, file: "bank.gift"), file: "bank.gift")
        let undecoded = GIFTReader.read((withBOM ? "\u{FEFF}" : "") + converted, file: "bank.gift")
        for document in [decoded, undecoded] {
            #expect(document.items.map(\.id) == ["Q1"])
            #expect(document.items.first?.stem == "First line second line")
            #expect(document.items.first?.options.map(\.text) == ["yes", "no"])
            #expect(document.itemLocations["Q1"] == SourceLocation(file: "bank.gift", line: 2, column: 1))
            #expect(
                document.diagnostics.all.map(\.description) == [
                    "bank.gift:7:8: error: the answer block opened here has no closing '}' before the question ends (a blank line or the end of the file ends a question)"
                ])
        }
    }

    @Test("answers and feedback may carry their own format marker, which is dropped from the text")
    func answerMarkers() throws {
        let document = GIFTReader.read("Which?{=[html]<b>A</b>#[html]<i>yes</i> ~[moodle]B}", file: "bank.gift")
        #expect(document.items.first?.options.map(\.text) == ["<b>A</b>", "B"])
        #expect(document.items.first?.options.first?.rationale == "<i>yes</i>")
    }
}
