import AssessCore
import Foundation

/// Renders a ``BankSummary`` as a table for people or as JSON for scripts.
public enum BankSummaryRenderer {
    public static func table(_ summary: BankSummary) -> String {
        var out = "\(summary.itemCount) items, \(summary.stimulusCount) \(summary.stimulusCount == 1 ? "stimulus" : "stimuli"); "
        out += "\(summary.withIRT) with IRT parameters (\(percent(summary.shareWithIRT)))\n"
        let sections: [(String, [BankSummary.Count])] = [
            ("block", summary.byBlock.map { count in
                BankSummary.Count(name: Block(rawValue: count.name)?.title ?? count.name, items: count.items)
            }),
            ("module", summary.byModule), ("objective", summary.byObjective),
            ("status", summary.byStatus), ("type", summary.byType),
        ]
        for (title, counts) in sections {
            out += "\n" + TextTable.render(
                header: [title, "items", "share"],
                rows: counts.map { [$0.name, String($0.items), percent(Double($0.items) / Double(max(1, summary.itemCount)))] },
                rightAligned: [1, 2])
        }
        return out
    }

    /// JSON with stable keys: `items`, `stimuli`, `with_irt`, `share_with_irt` (full precision),
    /// and `by_block`, `by_module`, `by_objective`, `by_status`, `by_type` as `{name: count}`.
    public static func json(_ summary: BankSummary) -> String {
        func object(_ counts: [BankSummary.Count]) -> [String: Int] {
            Dictionary(counts.map { ($0.name, $0.items) }, uniquingKeysWith: +)
        }
        let payload = SummaryJSON(
            items: summary.itemCount, stimuli: summary.stimulusCount, with_irt: summary.withIRT,
            share_with_irt: summary.shareWithIRT, by_block: object(summary.byBlock), by_module: object(summary.byModule),
            by_objective: object(summary.byObjective), by_status: object(summary.byStatus), by_type: object(summary.byType))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    private struct SummaryJSON: Encodable {
        var items: Int
        var stimuli: Int
        var with_irt: Int
        var share_with_irt: Double
        var by_block: [String: Int]
        var by_module: [String: Int]
        var by_objective: [String: Int]
        var by_status: [String: Int]
        var by_type: [String: Int]
    }
}
