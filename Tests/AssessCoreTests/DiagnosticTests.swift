import Testing

@testable import AssessCore

@Suite("Diagnostic")
struct DiagnosticTests {
    @Test("renders like a compiler message", arguments: [
        (Diagnostic.error("bad", at: SourceLocation(file: "a.yaml", line: 3, column: 7)), "a.yaml:3:7: error: bad"),
        (Diagnostic.warning("odd", at: SourceLocation(file: "a.yaml", line: 3), rule: "r-1"), "a.yaml:3: warning[r-1]: odd"),
        (Diagnostic.error("gone", at: SourceLocation(file: "b.csv")), "b.csv: error: gone"),
    ])
    func rendering(diagnostic: Diagnostic, text: String) {
        #expect(diagnostic.description == text)
    }

    @Test("sorts by file, line and column, keeping the order of equal locations")
    func sorting() {
        let diagnostics = Diagnostics([
            .error("3", at: SourceLocation(file: "b", line: 1, column: 1)),
            .error("2", at: SourceLocation(file: "a", line: 10, column: 2)),
            .error("1", at: SourceLocation(file: "a", line: 2, column: 9)),
            .warning("2b", at: SourceLocation(file: "a", line: 10, column: 2)),
        ])
        #expect(diagnostics.sorted.map(\.message) == ["1", "2", "2b", "3"])
        #expect(diagnostics.errors.count == 3)
        #expect(diagnostics.hasErrors)
    }
}
