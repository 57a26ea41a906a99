/// The option each candidate selected on each multiple-choice item, with each item's key: the
/// raw responses behind a ``ScoreMatrix``, needed for distractor analysis.
///
/// Options are numbered 0..<optionCount per item (A = 0, B = 1, …). Two negative markers:
/// ``omitted`` (the item was shown and left unanswered) and ``notAdministered`` (the item was
/// not part of the candidate's test). Cells are stored item-major like ``ScoreMatrix``.
///
/// Scoring rule (``scored()``): the key scores 1, any other option 0, **an omission 0** — an
/// omitted item counts in the item's n and p-value like a wrong answer, and is reported apart as
/// ``ItemAnalysis/omittedCount`` and the ``ItemAnalysis/omission`` row. A not-administered cell
/// stays ``ScoreMatrix/notAdministered``: it is excluded from the item's n and from the total.
public struct ResponseMatrix: Sendable, Hashable {
    /// The cell value of an item that was shown and not answered.
    public static let omitted: Int8 = -1
    /// The cell value of an item the candidate was not given.
    public static let notAdministered: Int8 = -2

    /// Number of candidates (rows).
    public let candidateCount: Int
    /// Number of items (columns).
    public let itemCount: Int
    /// The selected options, item-major: candidate `c` on item `i` is at `i * candidateCount + c`.
    public let choices: [Int8]
    /// The keyed (correct) option of each item.
    public let keys: [Int8]
    /// The number of options of each item.
    public let optionCounts: [Int]

    /// Creates a matrix from choices stored item-major (`choices[i * candidateCount + c]`).
    ///
    /// - Throws: ``PsychometricsError/invalidKey(item:key:optionCount:)`` for a key that is not
    ///   an option of its item; ``PsychometricsError/invalidChoice(candidate:item:value:optionCount:)``
    ///   for a cell that is neither an option nor one of the two markers.
    public init(
        candidateCount: Int, itemCount: Int, itemMajor choices: [Int8], keys: [Int8], optionCounts: [Int]
    ) throws {
        precondition(candidateCount >= 0 && itemCount >= 0, "ResponseMatrix: negative dimensions")
        precondition(
            choices.count == candidateCount * itemCount,
            "ResponseMatrix: \(choices.count) cells for \(candidateCount) candidates × \(itemCount) items")
        precondition(keys.count == itemCount, "ResponseMatrix: \(keys.count) keys for \(itemCount) items")
        precondition(
            optionCounts.count == itemCount,
            "ResponseMatrix: \(optionCounts.count) option counts for \(itemCount) items")
        for item in 0..<itemCount {
            let optionCount = optionCounts[item]
            precondition(
                (1...Int(Int8.max)).contains(optionCount), "ResponseMatrix: item \(item) has \(optionCount) options")
            guard keys[item] >= 0, Int(keys[item]) < optionCount else {
                throw PsychometricsError.invalidKey(item: item, key: keys[item], optionCount: optionCount)
            }
            let base = item * candidateCount
            for candidate in 0..<candidateCount {
                let choice = choices[base + candidate]
                guard choice >= Self.notAdministered, Int(choice) < optionCount else {
                    throw PsychometricsError.invalidChoice(
                        candidate: candidate, item: item, value: choice, optionCount: optionCount)
                }
            }
        }
        self.candidateCount = candidateCount
        self.itemCount = itemCount
        self.choices = choices
        self.keys = keys
        self.optionCounts = optionCounts
    }

    /// Creates a matrix from choices stored row-major, one candidate after another
    /// (`rowMajor[c * itemCount + i]`); they are transposed once into the item-major layout.
    public init(
        candidateCount: Int, itemCount: Int, rowMajor: [Int8], keys: [Int8], optionCounts: [Int]
    ) throws {
        precondition(
            rowMajor.count == candidateCount * itemCount,
            "ResponseMatrix: \(rowMajor.count) cells for \(candidateCount) candidates × \(itemCount) items")
        try self.init(
            candidateCount: candidateCount, itemCount: itemCount,
            itemMajor: Transpose.rowMajorToItemMajor(rowMajor, rows: candidateCount, columns: itemCount),
            keys: keys, optionCounts: optionCounts)
    }

    /// The option one candidate selected on one item, or one of the two markers.
    public subscript(candidate candidate: Int, item item: Int) -> Int8 {
        precondition((0..<candidateCount).contains(candidate), "ResponseMatrix: candidate \(candidate) out of range")
        precondition((0..<itemCount).contains(item), "ResponseMatrix: item \(item) out of range")
        return choices[item * candidateCount + candidate]
    }

    /// The 0/1 scores: 1 for the key, 0 for another option or an omission, and
    /// ``ScoreMatrix/notAdministered`` where the item was not given.
    public func scored() -> ScoreMatrix {
        var cells = [UInt8](repeating: 0, count: choices.count)
        for item in 0..<itemCount {
            let key = keys[item]
            let base = item * candidateCount
            for candidate in 0..<candidateCount {
                let choice = choices[base + candidate]
                cells[base + candidate] =
                    choice == Self.notAdministered ? ScoreMatrix.notAdministered : (choice == key ? 1 : 0)
            }
        }
        // The cells hold only 0, 1 and the marker, so validation cannot fail.
        do {
            return try ScoreMatrix(candidateCount: candidateCount, itemCount: itemCount, itemMajor: cells)
        } catch {
            preconditionFailure("ResponseMatrix.scored() produced an invalid score: \(error)")
        }
    }
}
