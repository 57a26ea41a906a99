/// An immutable, indexed collection of items and the stimuli they share.
///
/// Built once by a loader after validation; lookups by id are O(1). Items keep the order in
/// which they were loaded (file by file, as authored), which is the order of `list` and export.
public struct ItemBank: Sendable {
    /// The items in load order.
    public let items: [Item]
    /// The shared stimuli, by id.
    public let stimuli: [String: Stimulus]
    /// Each item's content hash (its version), by item id.
    public let versions: [String: String]
    private let indexByID: [String: Int]

    /// Creates a bank; the first item with a given id wins (the loader reports duplicates).
    public init(items: [Item], stimuli: [Stimulus] = []) {
        var index: [String: Int] = [:]
        var kept: [Item] = []
        kept.reserveCapacity(items.count)
        for item in items where index[item.id] == nil {
            index[item.id] = kept.count
            kept.append(item)
        }
        var stimulusByID: [String: Stimulus] = [:]
        for stimulus in stimuli where stimulusByID[stimulus.id] == nil { stimulusByID[stimulus.id] = stimulus }
        var versions: [String: String] = [:]
        versions.reserveCapacity(kept.count)
        for item in kept {
            versions[item.id] = item.contentHash(stimulus: item.stimulus.flatMap { stimulusByID[$0] })
        }
        self.items = kept
        self.stimuli = stimulusByID
        self.versions = versions
        self.indexByID = index
    }

    /// The item with the given id, if any.
    public subscript(id: String) -> Item? {
        indexByID[id].map { items[$0] }
    }

    /// The content hash of the whole bank: SHA-256 over the sorted `id:version` lines, so that an
    /// attempt can record exactly which bank snapshot it was drawn from.
    public var snapshotHash: String {
        let lines = versions.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)\n" }.joined()
        return SHA256Hex.digest(of: lines)
    }
}
