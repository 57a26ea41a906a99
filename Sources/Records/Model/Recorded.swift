/// A value as stored: its row id in the database and the value itself.
///
/// Members of the value read through, so `candidate.workerID` works on a `Recorded<Candidate>`.
@dynamicMemberLookup
public struct Recorded<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The row id (SQLite `INTEGER PRIMARY KEY`), stable for the life of the database.
    public var id: Int64
    public var value: Value

    public init(id: Int64, value: Value) {
        self.id = id
        self.value = value
    }

    public subscript<Member>(dynamicMember keyPath: KeyPath<Value, Member>) -> Member {
        value[keyPath: keyPath]
    }
}
