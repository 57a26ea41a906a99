/// The outcome of verifying the audit chain.
public struct AuditReport: Sendable, Hashable {
    /// Events in the chain.
    public var eventCount: Int64
    /// The hash of the last event (64 zeros for an empty chain). Record it somewhere else — a
    /// ticket, a signed log — to detect later a chain rewritten from that point on.
    public var headHash: String
    /// The problems found, in chain order (at most ``RecordStore/maximumFindings``).
    public var findings: [AuditFinding]
    /// Whether the findings were cut at the maximum.
    public var findingsTruncated: Bool

    public var isIntact: Bool { findings.isEmpty }
}
