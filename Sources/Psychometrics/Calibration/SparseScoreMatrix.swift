/// Scored dichotomous responses (1 correct, 0 incorrect) of candidates to items, storing only the
/// cells that were administered.
///
/// Adaptive and linear-on-the-fly tests give each candidate a small part of the bank, so most
/// cells of the candidates × items matrix are empty. Rows are kept in compressed sparse row form:
/// for row r, the entries `rowStart[r] ..< rowStart[r + 1]` of `itemIndices` and `scores` list
/// the items it was given, in increasing item order, and its score on each. A complete matrix is
/// the special case where every row lists every item; the calibration treats both alike, reading
/// administered cells only.
///
/// A row may stand for several identical candidates: `frequencies[r]` is its weight (1 for a
/// candidate, the count for a response pattern such as the LSAT tables), so pattern tables are
/// used without expanding them.
public struct SparseScoreMatrix: Sendable, Hashable {
    /// The value that marks a cell that was not administered in dense (row-major) input.
    public static let notAdministered: Int8 = -1

    /// Number of items (columns).
    public let itemCount: Int
    /// Start of each row in ``itemIndices`` and ``scores``; `rowCount + 1` entries.
    public let rowStart: [Int]
    /// Item of each administered cell, row after row, increasing within a row.
    public let itemIndices: [Int32]
    /// Score (0 or 1) of each administered cell, aligned with ``itemIndices``.
    public let scores: [UInt8]
    /// Weight of each row: 1 for a candidate, the number of candidates for a response pattern.
    public let frequencies: [Double]

    /// Number of rows (candidates, or distinct response patterns).
    public var rowCount: Int { rowStart.count - 1 }

    /// Number of administered cells.
    public var administeredCount: Int { itemIndices.count }

    /// Whether every row holds a response to every item.
    public var isComplete: Bool { administeredCount == rowCount * itemCount }

    /// Builds the matrix from dense rows: `cells[row * itemCount + item]` is 1, 0 or
    /// ``notAdministered``.
    ///
    /// - Parameter frequencies: the weight of each row (e.g. the count of a response pattern);
    ///   1 for every row when nil.
    /// - Throws: ``PsychometricsError/invalidResponse(candidate:item:value:)`` for any other cell
    ///   value; ``PsychometricsError/invalidFrequency(row:value:)`` for a weight that is negative
    ///   or not finite.
    public init(itemCount: Int, rowMajor cells: [Int8], frequencies: [Double]? = nil) throws {
        precondition(itemCount > 0, "a score matrix needs at least one item")
        precondition(
            cells.count % itemCount == 0,
            "rowMajor has \(cells.count) cells, not a multiple of itemCount \(itemCount)")
        let rowCount = cells.count / itemCount
        var rowStart = [Int](repeating: 0, count: rowCount + 1)
        var itemIndices: [Int32] = []
        var scores: [UInt8] = []
        itemIndices.reserveCapacity(cells.count)
        scores.reserveCapacity(cells.count)
        for row in 0..<rowCount {
            for item in 0..<itemCount {
                let value = cells[row * itemCount + item]
                if value == Self.notAdministered { continue }
                guard value == 0 || value == 1 else {
                    throw PsychometricsError.invalidResponse(candidate: row, item: item, value: Int(value))
                }
                itemIndices.append(Int32(item))
                scores.append(UInt8(value))
            }
            rowStart[row + 1] = itemIndices.count
        }
        try self.init(
            itemCount: itemCount, rowStart: rowStart, itemIndices: itemIndices, scores: scores,
            frequencies: frequencies ?? [Double](repeating: 1, count: rowCount))
    }

    /// Builds the matrix from response patterns and their frequencies, as in a published table
    /// (e.g. LSAT-6: 32 patterns of 5 items, 1000 examinees). `patterns[r][item]` is 1, 0 or
    /// ``notAdministered``.
    ///
    /// - Throws: as ``init(itemCount:rowMajor:frequencies:)``.
    public init(patterns: [[Int8]], frequencies: [Double]) throws {
        precondition(!patterns.isEmpty, "a pattern table needs at least one pattern")
        precondition(
            patterns.count == frequencies.count,
            "\(patterns.count) patterns but \(frequencies.count) frequencies")
        let itemCount = patterns[0].count
        precondition(
            patterns.allSatisfy { $0.count == itemCount }, "every pattern must have \(itemCount) items")
        try self.init(itemCount: itemCount, rowMajor: patterns.flatMap { $0 }, frequencies: frequencies)
    }

    /// Builds the matrix from each candidate's list of administered items and scores, in any
    /// item order (the form in which adaptive-test records arrive).
    ///
    /// - Throws: ``PsychometricsError/itemOutOfRange(candidate:item:itemCount:)``,
    ///   ``PsychometricsError/duplicateResponse(candidate:item:)`` or
    ///   ``PsychometricsError/invalidResponse(candidate:item:value:)``.
    public init(itemCount: Int, responses: [[(item: Int, score: UInt8)]]) throws {
        precondition(itemCount > 0, "a score matrix needs at least one item")
        var rowStart = [0]
        rowStart.reserveCapacity(responses.count + 1)
        var itemIndices: [Int32] = []
        var scores: [UInt8] = []
        for (candidate, row) in responses.enumerated() {
            let sorted = row.sorted { $0.item < $1.item }
            for (position, response) in sorted.enumerated() {
                guard (0..<itemCount).contains(response.item) else {
                    throw PsychometricsError.itemOutOfRange(
                        candidate: candidate, item: response.item, itemCount: itemCount)
                }
                guard position == 0 || sorted[position - 1].item != response.item else {
                    throw PsychometricsError.duplicateResponse(candidate: candidate, item: response.item)
                }
                guard response.score <= 1 else {
                    throw PsychometricsError.invalidResponse(
                        candidate: candidate, item: response.item, value: Int(response.score))
                }
                itemIndices.append(Int32(response.item))
                scores.append(response.score)
            }
            rowStart.append(itemIndices.count)
        }
        try self.init(
            itemCount: itemCount, rowStart: rowStart, itemIndices: itemIndices, scores: scores,
            frequencies: [Double](repeating: 1, count: responses.count))
    }

    private init(
        itemCount: Int, rowStart: [Int], itemIndices: [Int32], scores: [UInt8], frequencies: [Double]
    ) throws {
        precondition(
            frequencies.count == rowStart.count - 1,
            "\(frequencies.count) frequencies for \(rowStart.count - 1) rows")
        for (row, frequency) in frequencies.enumerated() where !(frequency.isFinite && frequency >= 0) {
            throw PsychometricsError.invalidFrequency(row: row, value: frequency)
        }
        self.itemCount = itemCount
        self.rowStart = rowStart
        self.itemIndices = itemIndices
        self.scores = scores
        self.frequencies = frequencies
    }

    /// The administered items of one row and the scores on them, in increasing item order.
    public func responses(ofRow row: Int) -> [(item: Int, score: UInt8)] {
        precondition((0..<rowCount).contains(row), "row \(row) outside 0..<\(rowCount)")
        return (rowStart[row]..<rowStart[row + 1]).map { (Int(itemIndices[$0]), scores[$0]) }
    }

    /// Frequency-weighted number of rows given each item, and of those who answered it correctly.
    public func itemTotals() -> (administered: [Double], correct: [Double]) {
        var administered = [Double](repeating: 0, count: itemCount)
        var correct = [Double](repeating: 0, count: itemCount)
        for row in 0..<rowCount {
            let weight = frequencies[row]
            for cell in rowStart[row]..<rowStart[row + 1] {
                let item = Int(itemIndices[cell])
                administered[item] += weight
                correct[item] += weight * Double(scores[cell])
            }
        }
        return (administered, correct)
    }
}
