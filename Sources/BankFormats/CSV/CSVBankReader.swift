import AssessCore
import Foundation

/// Reads items from a spreadsheet export (CSV, or TSV for `.tsv` files); the columns are
/// documented in docs/CSV-FORMAT.md.
public enum CSVBankReader {
    static let letters = (0..<8).map(Option.letter(at:))
    static let columns: [String] =
        ["id", "type", "status", "security", "title", "format", "stimulus", "stem"] + letters
        + letters.map { "rationale_\($0)" } + letters.map { "credit_\($0)" }
        + [
            "key", "scoring", "feedback", "block", "module", "objective", "level", "tags", "references",
            "author", "reviewed", "enemies", "model", "a", "b", "c", "irt_source", "irt_n", "scale_points", "scale_anchors",
        ]
    static let requiredColumns = ["id", "stem"]

    /// The canonical name of a header cell. Single letters keep their case, because the
    /// documented columns use upper case for choices (`A`–`H`) and lower case for the IRT
    /// parameters (`a`, `b`, `c`); other names are case-insensitive, with the letter of
    /// `rationale_x` and `credit_x` in upper case.
    static func canonicalColumn(_ name: String) -> String {
        if name.count == 1 { return name }
        let lowered = name.lowercased()
        for prefix in ["rationale_", "credit_"] where lowered.hasPrefix(prefix) && lowered.count == prefix.count + 1 {
            return prefix + lowered.suffix(1).uppercased()
        }
        return lowered
    }

    /// Parses `text` read from `file`; the delimiter is a tab for `.tsv` files, else a comma.
    public static func read(_ text: String, file: String) -> BankDocument {
        var document = BankDocument(file: file)
        let delimiter: Character = file.lowercased().hasSuffix(".tsv") ? "\t" : ","
        let (parsed, parseDiagnostics) = CSVTable.parse(text, file: file, delimiter: delimiter)
        document.diagnostics.append(contentsOf: parseDiagnostics)
        guard let table = parsed else { return document }

        var columnIndex: [String: Int] = [:]
        for (index, name) in table.header.enumerated() {
            let key = canonicalColumn(name)
            let location = SourceLocation(file: file, line: 1, column: index + 1)
            if !columns.contains(key) {
                var message = "unknown column '\(name)'"
                if let suggestion = Suggestion.closest(to: key, among: columns), suggestion != name { message += "; did you mean '\(suggestion)'?" }
                document.diagnostics.error(message, at: location)
            } else if columnIndex[key] != nil {
                document.diagnostics.error("column '\(name)' appears twice", at: location)
            } else {
                columnIndex[key] = index
            }
        }
        for required in requiredColumns where columnIndex[required] == nil {
            document.diagnostics.error("the header has no '\(required)' column", at: SourceLocation(file: file, line: 1, column: 1))
        }
        if document.diagnostics.hasErrors { return document }

        for (row, rowNumber) in zip(table.rows, table.rowNumbers) {
            var record = CSVRecord(fields: row, columnIndex: columnIndex, file: file, row: rowNumber)
            if let item = record.item() { document.add(item, at: SourceLocation(file: file, line: rowNumber, column: 1)) }
            document.diagnostics.append(contentsOf: record.diagnostics)
        }
        return document
    }
}
