import AssessCore
import Psychometrics

/// Builds the psychometrics layer's ``ResponseMatrix`` from a response file of option letters
/// and an answer key, locating every problem.
///
/// A cell holds one letter (case-insensitive); empty means omitted. An item without a key, a
/// letter beyond the item's options (known from the bank; for a key file, any of A–H), or a
/// cell with several letters is an error at its row and column.
public enum RawResponses {
    public static func matrix(_ table: ResponseTable, key: AnswerKey) -> (ResponseMatrix?, Diagnostics) {
        var diagnostics = Diagnostics()
        let columns = table.itemIDs.count
        var keys = [Int8](repeating: 0, count: columns)
        var optionCounts = [Int](repeating: 8, count: columns)
        for (column, id) in table.itemIDs.enumerated() {
            guard let entry = key.entries[id] else {
                diagnostics.error(
                    "item '\(id)' has no key (it is not in the key file or is not a single-key item of the bank)",
                    at: SourceLocation(file: table.file, line: 1, column: column + 2))
                continue
            }
            keys[column] = Int8(entry.key)
            optionCounts[column] = entry.optionCount ?? 8
        }
        var rowMajor = [Int8](repeating: ResponseMatrix.omitted, count: table.cells.count)
        var highest = [Int8](repeating: 0, count: columns)
        for row in table.candidateIDs.indices {
            for column in 0..<columns {
                guard let cell = table.cell(row, column) else { continue }
                guard let index = Option.index(ofLetter: cell), index < optionCounts[column] else {
                    let letters = "A–\(Option.letter(at: optionCounts[column] - 1))"
                    diagnostics.error(
                        "item '\(table.itemIDs[column])' for candidate '\(table.candidateIDs[row])' must be one letter \(letters) or empty, not '\(cell)'",
                        at: table.location(row: row, column: column))
                    continue
                }
                rowMajor[row * columns + column] = Int8(index)
                highest[column] = max(highest[column], Int8(index))
            }
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        // With a key file the number of options is unknown: use the options seen (at least the
        // key's and two), so that distractor rows list exactly the letters candidates used.
        for (column, id) in table.itemIDs.enumerated() where key.entries[id]?.optionCount == nil {
            optionCounts[column] = max(2, Int(highest[column]) + 1, Int(keys[column]) + 1)
        }
        do {
            let matrix = try ResponseMatrix(
                candidateCount: table.candidateIDs.count, itemCount: columns, rowMajor: rowMajor, keys: keys, optionCounts: optionCounts)
            return (matrix, diagnostics)
        } catch {
            diagnostics.error("cannot analyse the responses: \(error)", at: SourceLocation(file: table.file))
            return (nil, diagnostics)
        }
    }
}
