import AssessCore

/// Coverage counts of a bank: what `assess bank list` shows.
public struct BankSummary: Sendable, Equatable {
    public struct Count: Sendable, Equatable {
        public var name: String
        public var items: Int
    }

    public var itemCount: Int
    public var stimulusCount: Int
    public var byBlock: [Count]
    public var byModule: [Count]
    public var byObjective: [Count]
    public var byStatus: [Count]
    public var byType: [Count]
    /// Items that carry IRT parameters.
    public var withIRT: Int

    /// Share of items with IRT parameters, in [0, 1] (0 for an empty bank).
    public var shareWithIRT: Double { itemCount == 0 ? 0 : Double(withIRT) / Double(itemCount) }

    public init(_ bank: ItemBank) {
        itemCount = bank.items.count
        stimulusCount = bank.stimuli.count
        byBlock = BankSummary.count(bank.items) { $0.classification.block?.rawValue ?? "(none)" }
        byModule = BankSummary.count(bank.items) { $0.classification.module ?? "(none)" }
        byObjective = BankSummary.count(bank.items) { $0.classification.objective ?? "(none)" }
        byStatus = BankSummary.count(bank.items) { $0.status.rawValue }
        byType = BankSummary.count(bank.items) { $0.type.rawValue }
        withIRT = bank.items.count { $0.irt != nil }
    }

    /// Counts by `key`, in order of first appearance in the bank (the authored order).
    static func count(_ items: [Item], by key: (Item) -> String) -> [Count] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for item in items {
            let name = key(item)
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.map { Count(name: $0, items: counts[$0] ?? 0) }
    }
}
