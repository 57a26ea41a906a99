import Foundation
import AssessCore

/// A candidates spreadsheet turned into candidates, with every problem located as
/// `file:row:column` (row 1 is the header; the column is the field number).
///
/// Columns, in any order, names case-insensitive: `worker_id`, `name` and `role` required;
/// `agency`, `county`, `region`, `cohort`, `hire_date` (YYYY-MM-DD) optional. Cells are
/// trimmed of surrounding spaces; empty optional cells are absent values.
public enum CandidateSheet {
    public static let requiredColumns = ["worker_id", "name", "role"]
    public static let optionalColumns = ["agency", "county", "region", "cohort", "hire_date"]

    /// The candidates of the sheet, in row order, each with the location of its row; and
    /// the problems. The candidates are only meaningful when there are no errors.
    public static func candidates(
        header: [String], rows: [[String]], rowNumbers: [Int], file: String, registeredAt: Timestamp
    ) -> (candidates: [(candidate: Candidate, location: SourceLocation)], diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        var columnIndex: [String: Int] = [:]
        let known = requiredColumns + optionalColumns
        for (index, name) in header.enumerated() {
            let key = name.lowercased()
            let location = SourceLocation(file: file, line: 1, column: index + 1)
            if !known.contains(key) {
                diagnostics.error("unknown column '\(name)'; the columns are \(known.joined(separator: ", "))", at: location)
            } else if columnIndex[key] != nil {
                diagnostics.error("column '\(name)' appears twice", at: location)
            } else {
                columnIndex[key] = index
            }
        }
        for column in requiredColumns where columnIndex[column] == nil {
            diagnostics.error("the header has no '\(column)' column", at: SourceLocation(file: file, line: 1, column: 1))
        }
        if diagnostics.hasErrors { return ([], diagnostics) }
        if rows.isEmpty { diagnostics.error("the file has a header but no candidates", at: SourceLocation(file: file, line: 1, column: 1)) }

        var candidates: [(candidate: Candidate, location: SourceLocation)] = []
        var firstRowOfWorker: [String: Int] = [:]
        for (fields, rowNumber) in zip(rows, rowNumbers) {
            func location(_ column: String) -> SourceLocation {
                SourceLocation(file: file, line: rowNumber, column: (columnIndex[column] ?? 0) + 1)
            }
            func cell(_ column: String) -> String? {
                guard let index = columnIndex[column], index < fields.count else { return nil }
                let value = fields[index].trimmingCharacters(in: .whitespaces)
                if value.utf8.contains(0) {
                    diagnostics.error("'\(column)' contains a NUL character, which cannot be stored", at: location(column))
                    return nil
                }
                return value.isEmpty ? nil : value
            }
            guard let workerID = cell("worker_id") else {
                diagnostics.error("the row has no worker_id", at: location("worker_id"))
                continue
            }
            // A repeated worker id is reported, and the rest of the row is still checked.
            let repeated = firstRowOfWorker[workerID]
            if let first = repeated {
                diagnostics.error("the worker id appears again (first on row \(first))", at: location("worker_id"))
            } else {
                firstRowOfWorker[workerID] = rowNumber
            }
            let name = cell("name")
            if name == nil { diagnostics.error("the row has no name", at: location("name")) }
            let roleText = cell("role") ?? ""
            let role = CandidateRole(rawValue: roleText.lowercased())
            if role == nil {
                let roles = CandidateRole.allCases.map(\.rawValue).joined(separator: " or ")
                diagnostics.error("'role' must be \(roles), not '\(roleText)'", at: location("role"))
            }
            var hireDate: CalendarDate?
            if let text = cell("hire_date") {
                hireDate = CalendarDate(text)
                if hireDate == nil { diagnostics.error("'hire_date' must be a date written YYYY-MM-DD, not '\(text)'", at: location("hire_date")) }
            }
            guard let name, let role, repeated == nil else { continue }
            let candidate = Candidate(
                workerID: workerID, displayName: name, role: role, agency: cell("agency"), county: cell("county"),
                region: cell("region"), cohort: cell("cohort"), hireDate: hireDate, registeredAt: registeredAt)
            candidates.append((candidate, SourceLocation(file: file, line: rowNumber, column: (columnIndex["worker_id"] ?? 0) + 1)))
        }
        return (candidates, diagnostics)
    }
}
