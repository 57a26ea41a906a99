/// A candidates × items matrix of dichotomous item scores (0 or 1), with a marker for items a
/// candidate was never given.
///
/// Rows are candidates and columns are items, but the cells are stored **item-major**: each
/// item's column is contiguous, because every per-item statistic reads one column from start
/// to end, and the totals are accumulated column by column into one array of totals.
///
/// Omissions are not visible here: an item that was shown and left unanswered scores 0 (see
/// ``ResponseMatrix/scored()``). A cell equal to ``notAdministered`` means the item was not part
/// of that candidate's test (sparse, LOFT or adaptive data): the cell is left out of that item's
/// n and of the candidate's total, which is the sum over the items the candidate was given.
public struct ScoreMatrix: Sendable, Hashable {
    /// The cell value of an item the candidate was not given.
    public static let notAdministered: UInt8 = .max

    /// Number of candidates (rows).
    public let candidateCount: Int
    /// Number of items (columns).
    public let itemCount: Int
    /// The cells, item-major: the score of candidate `c` on item `i` is at
    /// `i * candidateCount + c`.
    public let cells: [UInt8]
    /// Whether every candidate was given every item (no ``notAdministered`` cell).
    public let isComplete: Bool

    /// Creates a matrix from cells stored item-major (`cells[i * candidateCount + c]`).
    ///
    /// - Throws: ``PsychometricsError/invalidScore(candidate:item:value:)`` for a cell that is
    ///   not 0, 1 or ``notAdministered``.
    public init(candidateCount: Int, itemCount: Int, itemMajor cells: [UInt8]) throws {
        precondition(candidateCount >= 0 && itemCount >= 0, "ScoreMatrix: negative dimensions")
        precondition(
            cells.count == candidateCount * itemCount,
            "ScoreMatrix: \(cells.count) cells for \(candidateCount) candidates × \(itemCount) items")
        var complete = true
        for (index, value) in cells.enumerated() where value > 1 {
            guard value == Self.notAdministered else {
                throw PsychometricsError.invalidScore(
                    candidate: index % candidateCount, item: index / candidateCount, value: value)
            }
            complete = false
        }
        self.candidateCount = candidateCount
        self.itemCount = itemCount
        self.cells = cells
        self.isComplete = complete
    }

    /// Creates a matrix from cells stored row-major, one candidate after another
    /// (`rowMajor[c * itemCount + i]`), as responses arrive from attempts.
    ///
    /// The cells are transposed once into the item-major layout.
    public init(candidateCount: Int, itemCount: Int, rowMajor: [UInt8]) throws {
        precondition(
            rowMajor.count == candidateCount * itemCount,
            "ScoreMatrix: \(rowMajor.count) cells for \(candidateCount) candidates × \(itemCount) items")
        try self.init(
            candidateCount: candidateCount, itemCount: itemCount,
            itemMajor: Transpose.rowMajorToItemMajor(rowMajor, rows: candidateCount, columns: itemCount))
    }

    /// The score of one candidate on one item (0, 1 or ``notAdministered``).
    public subscript(candidate candidate: Int, item item: Int) -> UInt8 {
        precondition((0..<candidateCount).contains(candidate), "ScoreMatrix: candidate \(candidate) out of range")
        precondition((0..<itemCount).contains(item), "ScoreMatrix: item \(item) out of range")
        return cells[item * candidateCount + candidate]
    }

    /// Each candidate's total (number-correct) score over the items the candidate was given.
    ///
    /// One pass per item over its contiguous column, adding into one array of totals.
    public func totals() -> [Int] {
        var totals = [Int](repeating: 0, count: candidateCount)
        cells.withUnsafeBufferPointer { cells in
            totals.withUnsafeMutableBufferPointer { totals in
                for item in 0..<itemCount {
                    let base = item * candidateCount
                    for candidate in 0..<candidateCount {
                        let value = cells[base + candidate]
                        // notAdministered adds nothing; 0 and 1 add themselves.
                        totals[candidate] += value == Self.notAdministered ? 0 : Int(value)
                    }
                }
            }
        }
        return totals
    }

    /// The contiguous column of one item's cells.
    func column(_ item: Int) -> ArraySlice<UInt8> {
        cells[item * candidateCount..<(item + 1) * candidateCount]
    }
}
