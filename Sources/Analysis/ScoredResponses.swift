import AssessCore

/// A candidates × items matrix of dichotomous scores read from a response file: 1, 0, or
/// missing (not administered).
public struct ScoredResponses: Sendable, Equatable {
    public var candidateIDs: [String]
    public var itemIDs: [String]
    /// Row-major: 1, 0, or −1 for not administered.
    public var scores: [Int8]

    public static let missing: Int8 = -1

    /// Interprets every cell of `table` as 1, 0 or empty; anything else is a located error.
    public static func read(_ table: ResponseTable) -> (ScoredResponses?, Diagnostics) {
        var diagnostics = Diagnostics()
        var scores = [Int8](repeating: missing, count: table.cells.count)
        for row in table.candidateIDs.indices {
            for column in table.itemIDs.indices {
                guard let cell = table.cell(row, column) else { continue }
                switch cell {
                case "1": scores[row * table.itemIDs.count + column] = 1
                case "0": scores[row * table.itemIDs.count + column] = 0
                default:
                    diagnostics.error(
                        "item '\(table.itemIDs[column])' for candidate '\(table.candidateIDs[row])' must be 1, 0 or empty, not '\(cell)'",
                        at: table.location(row: row, column: column))
                }
            }
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (ScoredResponses(candidateIDs: table.candidateIDs, itemIDs: table.itemIDs, scores: scores), diagnostics)
    }

    public func score(candidate row: Int, item column: Int) -> Int8 { scores[row * itemIDs.count + column] }
}
