/// A disagreement found by ``RecordStore/verifyAudit()``: where the chain or a row it covers
/// is not what was recorded.
public enum AuditFinding: Sendable, Hashable, CustomStringConvertible {
    /// Event `seq` is absent: the sequence jumps over it (events were deleted).
    case eventMissing(seq: Int64)
    /// Event `seq`'s hash does not match its payload and the previous hash (the event was edited).
    case eventAltered(seq: Int64)
    /// Event `seq`'s table or row columns disagree with its payload (they were edited).
    case eventRelabelled(seq: Int64)
    /// The row no longer matches event `seq`, the latest that recorded it (it was edited).
    case rowChanged(table: String, rowID: Int64, seq: Int64)
    /// The row recorded by event `seq` no longer exists (it was deleted).
    case rowMissing(table: String, rowID: Int64, seq: Int64)
    /// The row has no audit event (it was written outside the engine).
    case rowUnrecorded(table: String, rowID: Int64)

    /// The event the finding concerns, if any (findings are reported in chain order).
    public var seq: Int64? {
        switch self {
        case .eventMissing(let seq), .eventAltered(let seq), .eventRelabelled(let seq): seq
        case .rowChanged(_, _, let seq), .rowMissing(_, _, let seq): seq
        case .rowUnrecorded: nil
        }
    }

    /// The table and row the finding names, if any.
    public var row: (table: String, id: Int64)? {
        switch self {
        case .rowChanged(let table, let id, _), .rowMissing(let table, let id, _), .rowUnrecorded(let table, let id): (table, id)
        case .eventMissing, .eventAltered, .eventRelabelled: nil
        }
    }

    public var description: String {
        switch self {
        case .eventMissing(let seq): "audit event \(seq) is missing (events were deleted)"
        case .eventAltered(let seq): "audit event \(seq) was altered (its hash does not match its contents)"
        case .eventRelabelled(let seq): "audit event \(seq) was altered (its table or row id does not match its contents)"
        case .rowChanged(let table, let id, let seq): "\(table) row \(id) was changed after audit event \(seq) recorded it"
        case .rowMissing(let table, let id, let seq): "\(table) row \(id), recorded by audit event \(seq), is missing (deleted)"
        case .rowUnrecorded(let table, let id): "\(table) row \(id) has no audit event (written outside the engine)"
        }
    }

    /// Chain order: by event, chain problems before row problems of the same event, rows
    /// without an event last.
    var sortKey: (Int64, Int, String, Int64) {
        let rank: Int
        switch self {
        case .eventMissing: rank = 0
        case .eventAltered: rank = 1
        case .eventRelabelled: rank = 2
        case .rowChanged: rank = 3
        case .rowMissing: rank = 4
        case .rowUnrecorded: rank = 5
        }
        return (seq ?? .max, rank, row?.table ?? "", row?.id ?? 0)
    }
}
