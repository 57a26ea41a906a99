import AssessCore
import Testing

@testable import BankFormats

/// What the GIFT reader reports for questions it cannot import, verbatim and located.
@Suite("GIFT reader: diagnostics")
struct GIFTReaderDiagnosticsTests {
    /// The diagnostics of reading `text` as `bad.gift`, as printed.
    static func report(_ text: String) -> [String] {
        GIFTReader.read(text, file: "bad.gift").diagnostics.all.map(\.description)
    }

    @Test(
        "each unsupported question type is an error at the question's start, and is not imported",
        arguments: [
            ("Match.{=Canada -> Ottawa =Italy -> Rome}", "matching"),
            ("Born?{#1822:5}", "numerical"),
            ("Who?{=no one =nobody}", "short answer"),
            ("Two plus two is {=four}.", "short answer"),
            ("Spell one.{One}", "short answer"),
            ("Is it lower case?{true}", "short answer"),
            ("Describe the visit.{}", "essay"),
            ("Describe the visit.{####Look for safety threats.}", "essay"),
            ("Read the case file first.", "description"),
        ])
    func unsupported(question: String, kind: String) {
        let document = GIFTReader.read("// a comment\n\n  ::Title::\(question)", file: "bad.gift")
        #expect(document.items.isEmpty)
        #expect(
            document.diagnostics.all.map(\.description) == [
                "bad.gift:3:3: error[unsupported-question-type]: this question type is not supported (\(kind)); not imported"
            ])
    }

    @Test(
        "each kind of malformed question is an error at the exact character, with a clear message",
        arguments: [
            (
                "::Title Is it safe?{T}",
                "bad.gift:1:1: error: the title opened with '::' is not closed with '::'"
            ),
            (
                "Grant } is buried.{T}",
                "bad.gift:1:7: error: '}' closes no answer block; write '\\}' for a literal brace"
            ),
            (
                "Safe?{T}}",
                "bad.gift:1:9: error: '}' closes no answer block; write '\\}' for a literal brace"
            ),
            (
                "Who is buried?\n  {~Grant =no one",
                "bad.gift:2:3: error: the answer block opened here has no closing '}' before the question ends (a blank line or the end of the file ends a question)"
            ),
            (
                "Who {~Grant {=no one}",
                "bad.gift:1:13: error: '{' inside an answer block: close the block opened at line 1, column 5 with '}' first, or write '\\{' for a literal brace"
            ),
            (
                "First?{T}\nSecond?{F}",
                "bad.gift:2:8: error: a second answer block starts here, but a question has only one; separate questions with a blank line, or write '\\{' for a literal brace"
            ),
            (
                "Pick.{~%abc%a =b}",
                "bad.gift:1:8: error: the answer weight '%abc%' is not a number between -100 and 100"
            ),
            (
                "Pick.{~%150%a =b}",
                "bad.gift:1:8: error: the answer weight '%150%' is not a number between -100 and 100"
            ),
            (
                "Pick.{~%-100.5%a =b}",
                "bad.gift:1:8: error: the answer weight '%-100.5%' is not a number between -100 and 100"
            ),
            (
                "Pick.{~%%a =b}",
                "bad.gift:1:8: error: the answer weight '%%' is not a number between -100 and 100"
            ),
            (
                "Pick.{~%50.a =b}",
                "bad.gift:1:8: error: the answer weight has no closing '%'; write it like '%50%'"
            ),
            (
                "Pick.{first ~a =b}",
                "bad.gift:1:7: error: an answer must start with '=' (right answer) or '~' (wrong answer), but this text comes before the first one"
            ),
            (
                "Pick.{~a = #why ~c}",
                "bad.gift:1:10: error: the answer has no text"
            ),
            (
                "Pick.{~only}",
                "bad.gift:1:6: error: a multiple-choice question needs at least two answers, but this one has 1"
            ),
            (
                "Pick.{~a ~%-50%b}",
                "bad.gift:1:6: error: no answer is right: mark the right answer with '=', or give each right answer a positive weight such as '~%50%'"
            ),
            (
                "  {=a ~b}",
                "bad.gift:1:3: error: the question has no text before or after its answer block"
            ),
            (
                "$CATEGORY:   ",
                "bad.gift:1:1: error: '$CATEGORY:' needs a category path, such as '$CATEGORY: $course$/top/Safety'"
            ),
            (
                "// [id: ]\nSafe?{T}",
                "bad.gift:1:4: error: the [id:…] metadata is empty; write the question's id after 'id:'"
            ),
        ])
    func malformed(question: String, message: String) {
        let document = GIFTReader.read(question, file: "bad.gift")
        #expect(document.diagnostics.all.map(\.description) == [message])
        #expect(document.items.count == (question.hasPrefix("//") ? 1 : 0))
    }

    @Test("a question with more than 26 answers is an error, not a trap")
    func tooManyAnswers() {
        let answers = (1...27).map { "~a\($0)" }.joined(separator: " ")
        #expect(
            Self.report("Pick.{=right \(answers)}") == [
                "bad.gift:1:6: error: a question can have at most 26 answers (A to Z), but this one has 28"
            ])
    }

    @Test("columns count characters, not bytes")
    func columnsCountCharacters() {
        #expect(Self.report("Café } ok{T}") == ["bad.gift:1:6: error: '}' closes no answer block; write '\\}' for a literal brace"])
    }

    @Test("every problem of a file is reported in one run, and the good questions are still read")
    func keepsGoing() {
        let document = GIFTReader.read(
            """
            Good one?{T}

            Bad weight.{~%x%a =b ~%200%c}

            Unclosed {=a ~b

            Matching.{=a -> b =c -> d}

            Another good one?{=yes ~no}
            """, file: "bad.gift")
        #expect(document.items.map(\.stem) == ["Good one?", "Another good one?"])
        #expect(
            document.diagnostics.all.map(\.description) == [
                "bad.gift:3:14: error: the answer weight '%x%' is not a number between -100 and 100",
                "bad.gift:3:23: error: the answer weight '%200%' is not a number between -100 and 100",
                "bad.gift:5:10: error: the answer block opened here has no closing '}' before the question ends (a blank line or the end of the file ends a question)",
                "bad.gift:7:1: error[unsupported-question-type]: this question type is not supported (matching); not imported",
            ])
    }

    @Test("warnings about formats and metadata are located and worded verbatim")
    func warnings() {
        #expect(
            Self.report("Pick.{=[html]<b>a</b> ~b#[plain]no}") == [
                "bad.gift:1:8: warning[mixed-text-format]: this text is marked [html] but the question is [moodle]; an item has one text format, so the question's is used",
                "bad.gift:1:26: warning[mixed-text-format]: this text is marked [plain] but the question is [moodle]; an item has one text format, so the question's is used",
            ])
        #expect(
            Self.report("// [id:lost] [tag:x]\n\nSafe?{T}") == [
                "bad.gift:1:4: warning[orphan-metadata]: this [id:…] or [tag:…] comment is not in a question's block, so it applies to no question; remove the blank line between it and its question"
            ])
        #expect(
            Self.report("// [id:one]\n// [id:two]\nSafe?{T}") == [
                "bad.gift:2:4: warning[duplicate-metadata-id]: the question already has the id 'one'; this second id 'two' is ignored"
            ])
        #expect(
            Self.report("// [tag:open\nSafe?{T}") == [
                "bad.gift:1:4: warning[metadata-syntax]: the [tag:… metadata has no closing ']'; it is ignored"
            ])
    }

    @Test("random GIFT-like input never traps, and every diagnostic points inside the file")
    func randomInput() {
        let pieces = [
            "{", "}", "~", "=", "#", "####", "%", "%50%", "%-", "::", "\\", "\\{", "\\n", "\n", "\n\n", " ", "a",
            "T", "TRUE", "F", "->", "//", "[id:x]", "[tag:y]", "[id:", "[html]", "[markdown]", "$CATEGORY:",
            "$CATEGORY: a/b", "é", "\r", "\u{FEFF}", "[", "]", "\t", "%100%", "%-100%", "%1.5%", "%x%", "###",
        ]
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<5000 {
            let count = Int(generator.next() % 40)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let document = GIFTReader.read(text, file: "random.gift")
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
                + text.filter { $0 == "\r" || $0 == "\r\n" }.count
            for diagnostic in document.diagnostics.all {
                #expect((1...lineCount).contains(diagnostic.location.line) && diagnostic.location.column >= 1, "\(text.debugDescription)")
            }
            for item in document.items {
                #expect((2...26).contains(item.options.count), "\(text.debugDescription)")
                #expect(document.itemLocations[item.id] != nil)
            }
        }
    }
}

/// A small seeded generator (SplitMix64), so that the random test is the same on every run.
private struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
