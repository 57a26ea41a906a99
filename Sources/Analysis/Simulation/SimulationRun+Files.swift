import AssessCore
import BankFormats
import Foundation
import Psychometrics
import Sequencing

/// The files a simulation study reads: an external bank and a Sympson–Hetter table.
extension SimulationRun {
    /// The columns of a `--bank-csv` file, in any order; no others.
    public static let bankColumns = ["item_id", "a", "b", "c", "content_area"]

    /// Reads an external bank: `item_id,a,b,c,content_area`, 3PL parameters on the logistic
    /// metric (D = 1), one scored item per row. `content_area` is the item's area at `dimension`
    /// (empty: no area); when `areas` is given (the spec's blueprint), it must be one of them.
    ///
    /// - Throws: ``AnalysisError/unreadable(path:)``, or ``AnalysisError/invalid(_:)`` with every
    ///   problem at `file:row:column`: a missing or unknown column, an empty or repeated id, a ≤ 0
    ///   or not a number, b not a number, c outside [0, 1), an unknown content area, no rows.
    public static func readBankCSV(
        _ path: String, dimension: ContentLevel, areas: [String]?
    ) throws(AnalysisError) -> [SequencerItem] {
        let table = try csvTable(path)
        var diagnostics = Diagnostics()
        var columnOf: [String: Int] = [:]
        for (index, name) in table.header.enumerated() {
            let name = name.trimmingSpaces.lowercased()
            let location = SourceLocation(file: path, line: 1, column: index + 1)
            if !bankColumns.contains(name) {
                diagnostics.error("unknown column '\(name)'; a bank CSV has \(bankColumns.joined(separator: ","))", at: location)
            } else if columnOf[name] != nil {
                diagnostics.error("column '\(name)' appears twice", at: location)
            } else {
                columnOf[name] = index
            }
        }
        for name in bankColumns where columnOf[name] == nil {
            diagnostics.error("the header has no '\(name)' column", at: SourceLocation(file: path, line: 1, column: 1))
        }
        if diagnostics.hasErrors { throw .invalid(diagnostics) }
        let areaSet = areas.map(Set.init)
        var items: [SequencerItem] = []
        var seen: [String: Int] = [:]
        for (fields, row) in zip(table.rows, table.rowNumbers) {
            func field(_ name: String) -> (text: String, location: SourceLocation) {
                let column = columnOf[name]!
                let text = column < fields.count ? fields[column].trimmingSpaces : ""
                return (text, SourceLocation(file: path, line: row, column: column + 1))
            }
            let id = field("item_id")
            guard !id.text.isEmpty else {
                diagnostics.error("the row has no item_id", at: id.location)
                continue
            }
            if let first = seen[id.text] {
                diagnostics.error("item '\(id.text)' appears again (first on row \(first))", at: id.location)
                continue
            }
            seen[id.text] = row
            func number(_ name: String, _ rule: String, _ valid: (Double) -> Bool) -> Double? {
                let (text, location) = field(name)
                guard let value = Double(text), value.isFinite, valid(value) else {
                    diagnostics.error("\(name) of item '\(id.text)' must be \(rule), not '\(text)'", at: location)
                    return nil
                }
                return value
            }
            let a = number("a", "a positive number", { $0 > 0 })
            let b = number("b", "a number", { _ in true })
            let c = number("c", "a number from 0 up to (not including) 1", { $0 >= 0 && $0 < 1 })
            let area = field("content_area")
            if let areaSet, !area.text.isEmpty, !areaSet.contains(area.text) {
                var message = "content area '\(area.text)' of item '\(id.text)' is not in the spec's blueprint (\(areas!.joined(separator: ", ")))"
                if let suggestion = Suggestion.closest(to: area.text, among: areas!) { message += "; did you mean '\(suggestion)'?" }
                diagnostics.error(message, at: area.location)
            }
            guard let a, let b, let c else { continue }
            let key = area.text.isEmpty ? nil : area.text
            items.append(
                SequencerItem(
                    id: id.text, block: dimension == .block ? key : nil, module: dimension == .module ? key : nil,
                    objective: dimension == .objective ? key : nil, parameters: DichotomousItem(a: a, b: b, c: c)))
        }
        if items.isEmpty, !diagnostics.hasErrors {
            diagnostics.error("the file has a header but no items", at: SourceLocation(file: path, line: 1, column: 1))
        }
        if diagnostics.hasErrors { throw .invalid(diagnostics) }
        return items
    }

    /// Reads a Sympson–Hetter table `item_id,k` (the format ``deriveSympsonHetter(_:target:maximumIterations:)``
    /// results are written in): k in [0, 1] by item id.
    public static func readSympsonHetterCSV(_ path: String) throws(AnalysisError) -> [String: Double] {
        let table = try csvTable(path)
        var diagnostics = Diagnostics()
        let header = table.header.map { $0.trimmingSpaces.lowercased() }
        guard header == ["item_id", "k"] else {
            diagnostics.error("the header must be 'item_id,k'", at: SourceLocation(file: path, line: 1, column: 1))
            throw .invalid(diagnostics)
        }
        var parameters: [String: Double] = [:]
        for (fields, row) in zip(table.rows, table.rowNumbers) {
            let id = fields[0].trimmingSpaces
            let text = fields.count > 1 ? fields[1].trimmingSpaces : ""
            guard !id.isEmpty else {
                diagnostics.error("the row has no item_id", at: SourceLocation(file: path, line: row, column: 1))
                continue
            }
            guard let k = Double(text), k >= 0, k <= 1 else {
                diagnostics.error("k of item '\(id)' must be a number from 0 to 1, not '\(text)'", at: SourceLocation(file: path, line: row, column: 2))
                continue
            }
            if parameters.updateValue(k, forKey: id) != nil {
                diagnostics.error("item '\(id)' appears again", at: SourceLocation(file: path, line: row, column: 1))
            }
        }
        if diagnostics.hasErrors { throw .invalid(diagnostics) }
        return parameters
    }

    /// The derived table as written to a file: `item_id,k`, one row per scored item in pool
    /// order, k at full precision.
    public static func sympsonHetterCSV(_ parameters: [(id: String, k: Double)]) -> String {
        var csv = CSVWriter(header: ["item_id", "k"])
        for (id, k) in parameters { csv.row([id, CSVWriter.number(k)]) }
        return csv.text
    }

    static func csvTable(_ path: String) throws(AnalysisError) -> CSVTable {
        let text = try ItemAnalysisRun.text(at: path)
        let (table, diagnostics) = CSVTable.parse(text, file: path, delimiter: ",")
        guard let table, !diagnostics.hasErrors else { throw .invalid(diagnostics) }
        return table
    }
}
