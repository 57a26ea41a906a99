import Testing

@testable import BankFormats

@Suite("Text tables")
struct TextTableTests {
    @Test("columns are padded to the widest cell, right-aligned where asked, with no trailing blanks")
    func layout() {
        let table = TextTable.render(header: ["id", "n"], rows: [["a", "1"], ["bbb", ""], ["c\u{00E9}", "22"]], rightAligned: [1])
        #expect(table == "id    n\n---  --\na     1\nbbb\ncé   22\n")
    }

    @Test("a very long padded line keeps its text and loses only its trailing blanks")
    func longLine() {
        let long = String(repeating: "x ", count: 50_000)
        let table = TextTable.render(header: ["text", "end"], rows: [[long, ""]])
        #expect(table.split(separator: "\n").last.map(String.init) == String(long.dropLast()))
    }
}
