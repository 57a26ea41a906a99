import AssessCore
import BankFormats

/// The keyed option of each item, with its number of options, for classical item analysis.
public struct AnswerKey: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// Zero-based index of the keyed option (A = 0).
        public var key: Int
        /// Number of options, when known (from the bank); nil for a key file.
        public var optionCount: Int?
    }

    public var entries: [String: Entry]

    /// Reads `item_id,key` rows (one key letter per item).
    public static func read(_ text: String, file: String) -> (AnswerKey?, Diagnostics) {
        let (parsed, parseDiagnostics) = CSVTable.parse(text, file: file, delimiter: file.lowercased().hasSuffix(".tsv") ? "\t" : ",")
        var diagnostics = parseDiagnostics
        guard let table = parsed else { return (nil, diagnostics) }
        guard table.header.map({ $0.lowercased() }) == ["item_id", "key"] else {
            diagnostics.error("the header must be 'item_id,key'", at: SourceLocation(file: file, line: 1, column: 1))
            return (nil, diagnostics)
        }
        var entries: [String: Entry] = [:]
        for (fields, row) in zip(table.rows, table.rowNumbers) where fields.count == 2 {
            let id = fields[0].trimmingSpaces
            let letter = fields[1].trimmingSpaces
            guard !id.isEmpty else {
                diagnostics.error("the row has no item_id", at: SourceLocation(file: file, line: row, column: 1))
                continue
            }
            guard let index = Option.index(ofLetter: letter), index < 8 else {
                diagnostics.error("the key of item '\(id)' must be one letter A–H, not '\(letter)'", at: SourceLocation(file: file, line: row, column: 2))
                continue
            }
            if entries[id] != nil {
                diagnostics.error("item '\(id)' has a second key", at: SourceLocation(file: file, line: row, column: 1))
                continue
            }
            entries[id] = Entry(key: index, optionCount: nil)
        }
        return diagnostics.hasErrors ? (nil, diagnostics) : (AnswerKey(entries: entries), diagnostics)
    }

    /// The keys of the bank's single-key items (single best answer and true/false).
    public init(bank: ItemBank) {
        var entries: [String: Entry] = [:]
        for item in bank.items where item.type == .singleBestAnswer || item.type == .trueFalse {
            guard let key = item.options.firstIndex(where: \.isKey) else { continue }
            entries[item.id] = Entry(key: key, optionCount: item.options.count)
        }
        self.entries = entries
    }

    public init(entries: [String: Entry]) { self.entries = entries }
}
