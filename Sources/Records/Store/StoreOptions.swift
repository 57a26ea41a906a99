/// How a ``RecordStore`` opens and writes its database.
public struct StoreOptions: Sendable, Hashable {
    /// How long a write waits for another process's write to finish before giving up with
    /// ``RecordsError/busy(path:seconds:)``, in seconds. Concurrent writers queue within it.
    public var busyTimeout: Double
    /// The durability of routine writes: registering candidates, and the responses and state
    /// changes of pre-tests, post-tests and self-assessments. Certification attempts, results,
    /// ratings, key changes, voids and imports always commit at ``Durability/full``.
    public var routineDurability: Durability
    /// Whether opening a path where no file exists creates the database (else it throws
    /// ``RecordsError/noDatabase(path:)``).
    public var createIfMissing: Bool
    /// The last migration to apply (tests build fixtures of older schemas with it); nil for all.
    var lastMigration: String?

    public init(busyTimeout: Double = 5, routineDurability: Durability = .full, createIfMissing: Bool = true) {
        self.busyTimeout = busyTimeout
        self.routineDurability = routineDurability
        self.createIfMissing = createIfMissing
    }
}
