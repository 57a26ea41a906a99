/// What ``RecordStore/recordResponse(_:)`` did: the response's row id, and whether an
/// identical response was already there (a retry), in which case nothing was written.
public struct ResponseReceipt: Sendable, Hashable {
    public var responseID: Int64
    public var wasAlreadyRecorded: Bool
}
