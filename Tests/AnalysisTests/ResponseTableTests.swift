import AssessCore
import Testing

@testable import Analysis

@Suite("Response files")
struct ResponseTableTests {
    static func errors(_ text: String) -> [String] {
        let (table, diagnostics) = ResponseTable.read(text, file: "r.csv")
        guard let table else { return diagnostics.sorted.map(\.description) }
        return ScoredResponses.read(table).1.sorted.map(\.description)
    }

    @Test("reads candidates, items and 1/0/empty cells")
    func reads() throws {
        let (table, diagnostics) = ResponseTable.read("candidate_id,Q1,Q2\nw1,1,\nw2, 0 ,1\n", file: "r.csv")
        #expect(diagnostics.all.isEmpty)
        let scored = try #require(table.flatMap { ScoredResponses.read($0).0 })
        #expect(scored.candidateIDs == ["w1", "w2"])
        #expect(scored.itemIDs == ["Q1", "Q2"])
        #expect(scored.scores == [1, -1, 0, 1])
    }

    @Test("bad input is located at file:row:column", arguments: [
        ("id,Q1\nw1,1\n", ["r.csv:1:1: error: the first column must be 'candidate_id', not 'id'"]),
        ("candidate_id,Q1,Q2\nw1,1\n", ["r.csv:2:3: error: row has 2 fields but the header has 3"]),
        ("candidate_id,Q1\nw1,2\nw2,yes\n", [
            "r.csv:2:2: error: item 'Q1' for candidate 'w1' must be 1, 0 or empty, not '2'",
            "r.csv:3:2: error: item 'Q1' for candidate 'w2' must be 1, 0 or empty, not 'yes'",
        ]),
        ("candidate_id,Q1,Q1\nw1,1,0\n", ["r.csv:1:3: error: item 'Q1' has two columns (2 and 3)"]),
        ("candidate_id,Q1\nw1,1\nw1,0\n", ["r.csv:3:1: error: candidate 'w1' appears again (first on row 2)"]),
        ("candidate_id,Q1\n,1\n", ["r.csv:2:1: error: the row has no candidate_id"]),
        ("candidate_id,Q1\n", ["r.csv:1:1: error: the file has a header but no candidates"]),
    ])
    func malformed(text: String, expected: [String]) {
        #expect(Self.errors(text) == expected)
    }
}
