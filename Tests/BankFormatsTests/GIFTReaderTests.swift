import AssessCore
import Foundation
import Testing

@testable import BankFormats

/// The GIFT reader against the GIFT-grammar-PEG.js peer suite: every question the engine supports
/// must carry the content that suite expects, and every other question must be reported.
@Suite("GIFT reader: peer suite")
struct GIFTReaderTests {
    @Test("the copied peer suite is complete, with its license")
    func peerSuiteIsComplete() {
        #expect(GIFTPeerFixture.names.count == 51)
        let license = GIFTPeerFixture.folder.appendingPathComponent("LICENSE").path
        #expect(FileManager.default.fileExists(atPath: license))
    }

    @Test("supported questions carry the peer suite's content", arguments: GIFTPeerFixture.names)
    func supportedQuestions(name: String) throws {
        let fixture = try GIFTPeerFixture(name)
        let document = GIFTReader.read(fixture.text, file: fixture.file)
        let expected = Self.expectations(in: fixture).filter { $0.entry.unsupportedKind == nil }
        #expect(document.items.count == expected.count, "items of \(name)")
        for (item, expectation) in zip(document.items, expected) {
            Self.check(item, against: expectation, in: fixture, document: document)
        }
    }

    @Test(
        "unsupported questions are errors at their first line, and there are no other errors",
        arguments: GIFTPeerFixture.names)
    func unsupportedQuestions(name: String) throws {
        let fixture = try GIFTPeerFixture(name)
        let document = GIFTReader.read(fixture.text, file: fixture.file)
        let expected = Self.expectations(in: fixture).compactMap { expectation in
            expectation.entry.unsupportedKind.map { kind in
                "\(fixture.file):\(expectation.start.line):\(expectation.start.column): error[unsupported-question-type]: this question type is not supported (\(kind)); not imported"
            }
        }
        #expect(document.diagnostics.errors.map(\.description) == expected)
    }

    @Test("titled questions are named by the slug of their title unless another question shares it")
    func idsFromTitles() throws {
        let expectedIDs: [String: [String]] = [
            "escapeAll": ["gift-control-characters"],
            "giftFormatPhpExamples": [
                "giftFormatPhpExamples-1", "giftFormatPhpExamples-2", "giftFormatPhpExamples-3", "grant-s-tomb",
                "giftFormatPhpExamples-8",
            ],
            "mcHTMLComment": ["ee-mod-05-t39-p079"],
            "multiLineFeedback1": ["multiLineFeedback1-1", "06-creation-d-instance"],
            "options1": [
                "thanksgiving-date", "options1-4", "options1-7", "options1-8", "options1-9", "options1-11",
                "options1-12", "options1-13", "gift-control-characters",
            ],
            "shortAnswerNotMatching": ["shortAnswerNotMatching-1", "iebt26nuevo-p012"],
            "symbolsAll": ["gift-range-of-non-escaped-symbols"],
            "totara_moodle_multichoice": ["q2"],
            "totara_moodle_multichoice_multi": ["colours"],
            "totara_moodle_truefalse": ["q1"],
            "totara_moodle_truefalse_true_answer1": ["2-08-tsl"],
        ]
        for (name, ids) in expectedIDs {
            let fixture = try GIFTPeerFixture(name)
            let document = GIFTReader.read(fixture.text, file: fixture.file)
            #expect(document.items.map(\.id) == ids, "ids of \(name)")
        }
    }

    /// What one question of a fixture should become.
    struct Expectation {
        var entry: GIFTPeerEntry
        /// The question's 1-based position among the file's questions.
        var ordinal: Int
        var start: (line: Int, column: Int)
        /// The `$CATEGORY:` in force, if any.
        var category: String?
    }

    /// The fixture's questions with their positions and categories.
    static func expectations(in fixture: GIFTPeerFixture) -> [Expectation] {
        let starts = fixture.questionStarts
        var category: String?
        var expectations: [Expectation] = []
        for entry in fixture.entries {
            if entry.type == "Category" {
                category = entry.title
                continue
            }
            let start = expectations.count < starts.count ? starts[expectations.count] : (0, 0)
            expectations.append(
                Expectation(entry: entry, ordinal: expectations.count + 1, start: start, category: category))
        }
        #expect(expectations.count == starts.count, "questions of \(fixture.name)")
        return expectations
    }

    /// Checks one imported item against the peer suite's entry, field by field.
    static func check(_ item: Item, against expectation: Expectation, in fixture: GIFTPeerFixture, document: BankDocument) {
        let entry = expectation.entry
        let label = Comment(rawValue: "\(fixture.name) question \(expectation.ordinal)")
        #expect(item.stem == entry.stem, label)
        #expect(item.textFormat.rawValue == entry.stemFormat, label)
        #expect(item.title == entry.title, label)
        #expect(item.generalFeedback == entry.globalFeedback, label)
        #expect(item.classification.tags == entry.tags + (expectation.category.map { ["category:\($0)"] } ?? []), label)
        if let id = entry.id {
            #expect(item.id == id, label)
        } else if entry.title == nil {
            #expect(item.id == "\(fixture.name)-\(expectation.ordinal)", label)
        }
        let location = document.location(ofItem: item.id)
        #expect(location.line == expectation.start.line && location.column == expectation.start.column, label)
        #expect(item.options.map(\.id) == item.options.indices.map(Option.letter(at:)), label)
        if entry.type == "TF" {
            checkTrueFalse(item, against: entry, label: label)
        } else {
            checkChoices(item, against: entry, label: label)
        }
    }

    /// True/false: GIFT's first feedback belongs to the wrong option, the second to the right one.
    static func checkTrueFalse(_ item: Item, against entry: GIFTPeerEntry, label: Comment) {
        let isTrue = entry.isTrue == true
        #expect(item.type == .trueFalse, label)
        #expect(item.options.map(\.text) == ["True", "False"], label)
        #expect(item.options.map(\.isKey) == [isTrue, !isTrue], label)
        let (wrong, right) = (entry.firstFeedback, entry.secondFeedback)
        #expect(item.options.map(\.rationale) == (isTrue ? [right, wrong] : [wrong, right]), label)
    }

    /// Choices: one right answer makes a single best answer; weights alone, a multiple response
    /// scored per option; several right answers, a multiple response scored all-or-nothing.
    static func checkChoices(_ item: Item, against entry: GIFTPeerEntry, label: Comment) {
        let rightCount = entry.choices.count(where: \.isCorrect)
        #expect(item.options.map(\.text) == entry.choices.map(\.text), label)
        #expect(item.options.map(\.rationale) == entry.choices.map(\.feedback), label)
        if rightCount == 0 {
            #expect(item.type == .multipleResponse && item.scoring == .perOption, label)
            #expect(item.options.map(\.isKey) == entry.choices.map { ($0.weight ?? 0) > 0 }, label)
            #expect(rounded(item.options.map(\.credit)) == rounded(entry.choices.map { ($0.weight ?? 0) / 100 }), label)
        } else {
            #expect(item.type == (rightCount == 1 ? .singleBestAnswer : .multipleResponse), label)
            #expect(item.scoring == .allOrNothing, label)
            #expect(item.options.map(\.isKey) == entry.choices.map(\.isCorrect), label)
            #expect(rounded(item.options.map(\.credit)) == rounded(entry.choices.map { $0.weight.map { $0 / 100 } }), label)
        }
    }

    /// Credits to 9 decimals, so that 33.33333 / 100 and 0.3333333 compare equal.
    static func rounded(_ credits: [Double?]) -> [Double?] {
        credits.map { $0.map { ($0 * 1e9).rounded() / 1e9 } }
    }
}
