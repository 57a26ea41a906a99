/// A plain-text table for terminals, laid out like `TextTable` (columns padded to their widest
/// cell, two spaces apart, a dashed rule under the header, no trailing spaces).
///
/// Records listings need their own: `TextTable` trims line ends with a regular expression
/// that takes quadratic time on long cells, and a 100 KB name took minutes to list.
enum RecordsTable {
    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                if index > 0 { text += "  " }
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                text += rightAligned.contains(index) ? padding + cell : cell + padding
            }
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        return line(header) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
    }
}
