import AssessCore
import Foundation

/// A parsed CSV/TSV table (RFC 4180: quoted fields may hold delimiters, doubled quotes and
/// line breaks), with records numbered as a spreadsheet numbers rows.
///
/// Row 1 is the header. Diagnostics use `file:row:column`, the column being the 1-based field
/// number, because that is what a spreadsheet user can find.
public struct CSVTable: Sendable {
    public var header: [String]
    /// Data records; `rows[i]` is spreadsheet row `i + 2`.
    public var rows: [[String]]

    /// Splits `text`; an unterminated quote or a stray quote inside an unquoted field is an
    /// error (a silently merged record would shift every later answer).
    public static func parse(_ text: String, file: String, delimiter: Character) -> (CSVTable?, Diagnostics) {
        var diagnostics = Diagnostics()
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var quoteStart = (row: 1, column: 1)
        var characters = text.makeIterator()
        var pending: Character? = nil

        func endField() {
            record.append(fieldWasQuoted ? field : field.trimmingTrailingCarriageReturn())
            field = ""
            fieldWasQuoted = false
        }
        while let character = pending ?? characters.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        pending = next
                        if let next, next != delimiter, next != "\n" {
                            diagnostics.error(
                                "text after a closing quote; quote the whole field and double any quote inside it",
                                at: SourceLocation(file: file, line: records.count + 1, column: record.count + 1))
                        }
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
                quoteStart = (records.count + 1, record.count + 1)
            case "\"":
                diagnostics.error(
                    "a quote inside an unquoted field; quote the whole field and double the quote",
                    at: SourceLocation(file: file, line: records.count + 1, column: record.count + 1))
                field.append(character)
            case delimiter:
                endField()
            case "\n":
                endField()
                records.append(record)
                record = []
            default:
                field.append(character)
            }
        }
        if inQuotes {
            diagnostics.error(
                "a quoted field is never closed", at: SourceLocation(file: file, line: quoteStart.row, column: quoteStart.column))
            return (nil, diagnostics)
        }
        if !field.isEmpty || !record.isEmpty || fieldWasQuoted {
            endField()
            records.append(record)
        }
        // Blank lines (a lone empty field) carry no record.
        let kept = records.enumerated().filter { !($0.element.count == 1 && $0.element[0].isEmpty) }
        guard let first = kept.first else {
            diagnostics.error("the file is empty; it needs a header row", at: SourceLocation(file: file, line: 1, column: 1))
            return (nil, diagnostics)
        }
        var table = CSVTable(header: first.element.map { $0.trimmingCharacters(in: .whitespaces) }, rows: [])
        table.rowNumbers = []
        for (index, row) in kept.dropFirst() {
            if row.count != table.header.count {
                diagnostics.error(
                    "row has \(row.count) fields but the header has \(table.header.count)",
                    at: SourceLocation(file: file, line: index + 1, column: min(row.count, table.header.count) + 1))
            }
            table.rows.append(row)
            table.rowNumbers.append(index + 1)
        }
        return (table, diagnostics)
    }

    /// The spreadsheet row number of each data record (blank lines are skipped but counted).
    public var rowNumbers: [Int] = []
}

extension String {
    fileprivate func trimmingTrailingCarriageReturn() -> String {
        hasSuffix("\r") ? String(dropLast()) : self
    }
}
