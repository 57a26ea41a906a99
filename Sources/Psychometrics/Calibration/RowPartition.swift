import Dispatch

/// The rows of a score matrix cut into two contiguous ranges with about equal numbers of
/// administered cells, so that the E-step and the observed information run on both cores.
///
/// Each part is computed into its own buffers and the parts are then combined in their fixed
/// order, so results are identical from run to run (floating-point addition is not associative,
/// and a scheduler-dependent order would not be).
struct RowPartition: Sendable {
    let parts: [Range<Int>]

    /// Below this many administered cells one thread does the work (the hand-off would cost more).
    static let parallelThreshold = 20_000

    init(_ scores: SparseScoreMatrix) {
        let rows = scores.rowCount
        guard scores.administeredCount >= Self.parallelThreshold, rows >= 2 else {
            parts = [0..<rows]
            return
        }
        // First row at which half of the cells have been passed.
        let half = scores.administeredCount / 2
        var lower = 0
        var upper = rows
        while lower < upper {
            let middle = (lower + upper) / 2
            if scores.rowStart[middle] < half { lower = middle + 1 } else { upper = middle }
        }
        let split = min(max(lower, 1), rows - 1)
        parts = [0..<split, split..<rows]
    }

    /// `transform` applied to each part, concurrently, results in part order.
    func map<Result: Sendable>(_ transform: @Sendable (Range<Int>) -> Result) -> [Result] {
        if parts.count == 1 { return [transform(parts[0])] }
        let results = ResultSlots<Result>(count: parts.count)
        let parts = self.parts
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            results.store(transform(parts[index]), at: index)
        }
        return results.values()
    }
}

/// One write-once slot per parallel part. Each slot is written through its own pointer by exactly
/// one iteration of `concurrentPerform` and read only after it returns (which orders the writes
/// before the reads), so the unchecked `Sendable` conformance is sound.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        precondition((0..<count).contains(index), "slot \(index) outside 0..<\(count)")
        (slots + index).pointee = value
    }

    func values() -> [Value] {
        (0..<count).map { index in
            guard let value = slots[index] else { preconditionFailure("parallel part \(index) produced no result") }
            return value
        }
    }
}
