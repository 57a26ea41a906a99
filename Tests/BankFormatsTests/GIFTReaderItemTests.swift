import AssessCore
import Testing

@testable import BankFormats

/// How GIFT questions map onto items: types, keys, credits, rationales, ids and classification.
@Suite("GIFT reader: items")
struct GIFTReaderItemTests {
    static func read(_ text: String, file: String = "bank.gift") -> BankDocument {
        GIFTReader.read(text, file: file)
    }

    @Test("one '=' among '~' answers makes a shuffled single-best-answer item keyed on it")
    func singleBestAnswer() throws {
        let document = Self.read("Who is buried in Grant's tomb?{~Grant ~Jefferson =no one}")
        let item = try #require(document.items.first)
        #expect(item.type == .singleBestAnswer)
        #expect(item.scoring == .allOrNothing)
        #expect(item.shuffle)
        #expect(item.options.map(\.id) == ["A", "B", "C"])
        #expect(item.keyLetters == ["C"])
        #expect(item.options.map(\.credit) == [nil, nil, nil])
        #expect(document.diagnostics.all.isEmpty)
    }

    @Test("decimal and negative weights become per-option credits, keyed when positive")
    func weights() throws {
        let document = Self.read("Which are continents?{~%33.33333%Africa ~%33.33333%Asia ~%-100%China ~%33.33333%Antarctica ~%-0.5%Peru ~Mars}")
        let item = try #require(document.items.first)
        #expect(item.type == .multipleResponse)
        #expect(item.scoring == .perOption)
        #expect(item.options.map(\.credit) == [0.3333333, 0.3333333, -1, 0.3333333, -0.005, 0])
        #expect(item.options.map(\.isKey) == [true, true, false, true, false, false])
        #expect(document.diagnostics.all.isEmpty)
    }

    @Test("weights of 100 and -100 and a '+' sign are read; positive weights not adding up to 100% are a warning")
    func weightBounds() throws {
        let document = Self.read("Pick.{~%100%a ~%-100%b}\n\nPick.{~%+50%a ~%30%b ~c}")
        #expect(document.items.map { $0.options.map(\.credit) } == [[1, -1], [0.5, 0.3, 0]])
        #expect(
            document.diagnostics.all.map(\.description) == [
                "bank.gift:3:6: warning[weight-sum]: the positive answer weights add up to 80%, not 100%"
            ])
    }

    @Test("a weight on a single-best-answer item is kept as a credit, with a warning that it is not used")
    func unusedWeight() throws {
        let document = Self.read("Difficult.{~wrong ~%50%half =full}")
        let item = try #require(document.items.first)
        #expect(item.type == .singleBestAnswer)
        #expect(item.options.map(\.credit) == [nil, 0.5, nil])
        #expect(
            document.diagnostics.all.map(\.description) == [
                "bank.gift:1:19: warning[unused-weight]: the weight '%50%' is not used: this item is scored all-or-nothing"
            ])
    }

    @Test("several '=' among '~' answers make an all-or-nothing multiple-response item, with a warning")
    func severalRightAnswers() throws {
        let document = Self.read("Which are seasons?{=spring =summer ~easter}")
        let item = try #require(document.items.first)
        #expect(item.type == .multipleResponse)
        #expect(item.scoring == .allOrNothing)
        #expect(item.keyLetters == ["A", "B"])
        #expect(
            document.diagnostics.all.map(\.description) == [
                "bank.gift:1:19: warning[several-right-answers]: 2 answers are marked right with '='; imported as multiple response, where the candidate must select all of them (Moodle accepts any one)"
            ])
    }

    @Test(
        "true/false: the first feedback goes to the wrong option, the second to the right one",
        arguments: [
            ("{T}", true, nil, nil),
            ("{TRUE}", true, nil, nil),
            ("{F}", false, nil, nil),
            ("{FALSE}", false, nil, nil),
            ("{TRUE#You chose False#You chose True}", true, "You chose True", "You chose False"),
            ("{FALSE#You chose True#You chose False}", false, "You chose True", "You chose False"),
            ("{T#You chose False}", true, nil, "You chose False"),
            ("{F#You chose True}", false, "You chose True", nil),
            ("{TRUE# #You chose True}", true, "You chose True", nil),
        ] as [(String, Bool, String?, String?)])
    func trueFalse(block: String, isTrue: Bool, trueRationale: String?, falseRationale: String?) throws {
        let item = try #require(Self.read("The sun rises in the east.\(block)").items.first)
        #expect(item.type == .trueFalse)
        #expect(!item.shuffle)
        #expect(item.options.map(\.id) == ["A", "B"])
        #expect(item.options.map(\.text) == ["True", "False"])
        #expect(item.options.map(\.isKey) == [isTrue, !isTrue])
        #expect(item.options.map(\.rationale) == [trueRationale, falseRationale])
    }

    @Test("general feedback follows '####' in every supported type")
    func generalFeedback() {
        let document = Self.read("Sure?{T####Always check.}\n\nPick.{=a ~b ####Because a.}")
        #expect(document.items.map(\.generalFeedback) == ["Always check.", "Because a."])
    }

    @Test("an [id:…] names the item; else a unique title's slug; else the file's base name and the question's position")
    func ids() {
        let document = Self.read(
            """
            // [id:SAF-SCR-001]
            ::Intake::Is the call a report?{T}

            ::Safety Plan — Step 2::Is a plan needed?{T}

            ::Repeated::First?{T}

            ::Repeated::Second?{T}

            ::Intake::Reuses the slug of an [id:…]?{T}

            A description counts as a question.

            ::安全::No ASCII letters in the title.{T}

            // [id:with \\] bracket]
            Escaped bracket?{T}
            """,
            file: "banks/safety.v2.gift")
        #expect(
            document.items.map(\.id) == [
                "SAF-SCR-001", "safety-plan-step-2", "safety.v2-3", "safety.v2-4", "safety.v2-5", "safety.v2-7",
                "with ] bracket",
            ])
        #expect(
            document.itemLocations["safety-plan-step-2"] == SourceLocation(file: "banks/safety.v2.gift", line: 4, column: 1))
    }

    @Test("a slug that another question's [id:…] uses is not taken")
    func slugClashesWithExplicitID() {
        let document = Self.read("::Intake::Slug?{T}\n\n// [id:intake]\nExplicit?{T}")
        #expect(document.items.map(\.id) == ["bank-1", "intake"])
    }

    @Test("$CATEGORY: tags the questions that follow it, after their own [tag:…] tags")
    func categoriesAndTags() {
        let document = Self.read(
            """
            Before any category?{T}

            $CATEGORY: $course$/top/Safety: screening

            // [tag:intake] [tag:hotline]
            First?{T}

            $CATEGORY: $course$/top/Legal
            Second, in the same block as its category?{T}
            """)
        #expect(
            document.items.map(\.classification.tags) == [
                [], ["intake", "hotline", "category:$course$/top/Safety: screening"], ["category:$course$/top/Legal"],
            ])
        #expect(document.diagnostics.all.isEmpty)
    }

    @Test("comments are skipped wherever they are, and the question starts at its first non-comment line")
    func comments() {
        let document = Self.read("// intro\n  // indented comment\n  ::T::Q?{\n// inside\n=a ~b}\n// after")
        #expect(document.items.map(\.stem) == ["Q?"])
        #expect(document.itemLocations["t"] == SourceLocation(file: "bank.gift", line: 3, column: 3))
    }
}
