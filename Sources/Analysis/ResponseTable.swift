import AssessCore
import BankFormats

/// A wide response file: `candidate_id`, then one column per item id, one row per candidate.
///
/// Cells are kept as text (trimmed; empty = not administered) and interpreted by the caller:
/// scored 0/1 for `assess score` and `assess calibrate`, option letters for `assess analyze`.
/// Problems are located as `file:row:column` (row 1 is the header).
public struct ResponseTable: Sendable {
    public var file: String
    public var candidateIDs: [String]
    public var itemIDs: [String]
    /// Row-major cells: `cells[row * itemIDs.count + column]`, nil when empty.
    public var cells: [String?]
    /// The spreadsheet row of each candidate.
    public var rowNumbers: [Int]

    public func cell(_ row: Int, _ column: Int) -> String? { cells[row * itemIDs.count + column] }

    /// Where a cell is: its row and its 1-based field number (the first item is column 2).
    public func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: rowNumbers[row], column: column + 2)
    }

    /// Parses a response file; every problem is reported, and the table is nil when any is an error.
    public static func read(_ text: String, file: String) -> (ResponseTable?, Diagnostics) {
        let delimiter: Character = file.lowercased().hasSuffix(".tsv") ? "\t" : ","
        let (parsed, parseDiagnostics) = CSVTable.parse(text, file: file, delimiter: delimiter)
        var diagnostics = parseDiagnostics
        guard let table = parsed else { return (nil, diagnostics) }
        guard table.header.first?.lowercased() == "candidate_id" else {
            diagnostics.error(
                "the first column must be 'candidate_id', not '\(table.header.first ?? "")'", at: SourceLocation(file: file, line: 1, column: 1))
            return (nil, diagnostics)
        }
        let itemIDs = Array(table.header.dropFirst())
        if itemIDs.isEmpty {
            diagnostics.error("the header names no item columns after 'candidate_id'", at: SourceLocation(file: file, line: 1, column: 1))
        }
        var seenItems: [String: Int] = [:]
        for (index, id) in itemIDs.enumerated() {
            if id.isEmpty {
                diagnostics.error("column \(index + 2) has no item id in the header", at: SourceLocation(file: file, line: 1, column: index + 2))
            } else if let first = seenItems[id] {
                diagnostics.error("item '\(id)' has two columns (\(first) and \(index + 2))", at: SourceLocation(file: file, line: 1, column: index + 2))
            } else {
                seenItems[id] = index + 2
            }
        }
        var candidates: [String] = []
        var cells: [String?] = []
        var rows: [Int] = []
        var seenCandidates: [String: Int] = [:]
        cells.reserveCapacity(table.rows.count * itemIDs.count)
        for (fields, rowNumber) in zip(table.rows, table.rowNumbers) {
            let id = fields.first?.trimmingSpaces ?? ""
            if id.isEmpty {
                diagnostics.error("the row has no candidate_id", at: SourceLocation(file: file, line: rowNumber, column: 1))
                continue
            }
            if let first = seenCandidates[id] {
                diagnostics.error("candidate '\(id)' appears again (first on row \(first))", at: SourceLocation(file: file, line: rowNumber, column: 1))
                continue
            }
            seenCandidates[id] = rowNumber
            candidates.append(id)
            rows.append(rowNumber)
            for column in 0..<itemIDs.count {
                let raw = column + 1 < fields.count ? fields[column + 1].trimmingSpaces : ""
                cells.append(raw.isEmpty ? nil : raw)
            }
        }
        if candidates.isEmpty, !diagnostics.hasErrors {
            diagnostics.error("the file has a header but no candidates", at: SourceLocation(file: file, line: 1, column: 1))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (ResponseTable(file: file, candidateIDs: candidates, itemIDs: itemIDs, cells: cells, rowNumbers: rows), diagnostics)
    }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
