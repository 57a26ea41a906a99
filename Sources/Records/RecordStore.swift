import GRDB

/// The records database: candidates, attempts, responses, results, ratings and the audit chain.
///
/// Placeholder for the records layer; see the records issue for the full design.
public struct RecordStore: Sendable {
    public init() {}
}
