/// How hard a commit works to survive a power cut: SQLite's `synchronous` setting for the
/// write transaction.
///
/// In WAL mode both settings survive a crash of the process (a kill, a panic): a committed
/// transaction is in the operating system's cache and reaches the disk later. They differ when
/// the machine itself stops: `full` syncs the write-ahead log to the disk at every commit, so
/// a commit that returned is on the disk; `normal` syncs only at checkpoints, so the last
/// commits before a power cut may be lost (the database stays consistent).
public enum Durability: String, Sendable, Hashable, CaseIterable {
    case full
    case normal

    var pragma: String { "PRAGMA synchronous = \(rawValue.uppercased())" }
}
