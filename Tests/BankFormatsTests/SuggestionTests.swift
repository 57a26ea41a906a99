import Testing

@testable import BankFormats

@Suite("Suggestion")
struct SuggestionTests {
    @Test("edit distance with adjacent transpositions", arguments: [
        ("kitten", "sitting", 3), ("stme", "stem", 1), ("", "abc", 3), ("same", "same", 0), ("ca", "abc", 3),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(Suggestion.editDistance(a, b) == expected)
    }

    @Test("suggests only close candidates")
    func closest() {
        #expect(Suggestion.closest(to: "stme", among: ["stem", "status"]) == "stem")
        #expect(Suggestion.closest(to: "colour", among: ["stem", "status"]) == nil)
    }
}
