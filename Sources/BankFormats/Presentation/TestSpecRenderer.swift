import AssessCore
import Foundation

/// Renders test specifications for `assess spec list` and `assess spec show`: plain text
/// for people (no escape codes), JSON for scripts.
public enum TestSpecRenderer {
    /// One row per spec: id, purpose, mode, scored length, the pool's scored and pilot items in
    /// `bank`, time limit and file.
    public static func table(_ documents: [TestSpecDocument], bank: ItemBank) -> String {
        let rows = documents.compactMap { document -> [String]? in
            guard let spec = document.spec else { return nil }
            let pool = PoolCounts(spec, bank: bank)
            return [
                spec.id, spec.purpose.rawValue, spec.mode.name, lengthText(spec, pool: pool), pool.text,
                spec.timeLimit.map { "\($0.minutes) min" } ?? "none", document.file,
            ]
        }
        return TextTable.render(header: ["id", "purpose", "mode", "items", "pool", "time", "file"], rows: rows, rightAligned: [3])
    }

    /// A JSON array of the specs' key numbers, keys sorted: `id`, `title`, `purpose`, `mode`,
    /// `min_items`, `max_items` (scored), `pretest_items`, `pool_scored`, `pool_pilot`,
    /// `time_limit_minutes` (null when untimed), `file`, `content_hash`.
    public static func json(_ documents: [TestSpecDocument], bank: ItemBank) -> String {
        let rows = documents.compactMap { document -> SpecRow? in
            guard let spec = document.spec else { return nil }
            let pool = PoolCounts(spec, bank: bank)
            let length = spec.mode.scoredLength ?? (pool.scored...pool.scored)
            return SpecRow(
                id: spec.id, title: spec.title, purpose: spec.purpose.rawValue, mode: spec.mode.name, min_items: length.lowerBound,
                max_items: length.upperBound, pretest_items: spec.pretest?.count ?? 0, pool_scored: pool.scored, pool_pilot: pool.pilot,
                time_limit_minutes: spec.timeLimit?.minutes, file: document.file, content_hash: spec.contentHash)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(rows)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// The scored (active) and pilot items a spec's pool selects.
    struct PoolCounts {
        var scored: Int
        var pilot: Int

        init(_ spec: TestSpec, bank: ItemBank) {
            let items = spec.pool.items(in: bank)
            scored = items.filter { $0.status == .active }.count
            pilot = items.filter { $0.status == .pilot }.count
        }

        var text: String { pilot > 0 ? "\(scored) + \(pilot) pilot" : "\(scored)" }
    }

    static func lengthText(_ spec: TestSpec, pool: PoolCounts) -> String {
        let length = spec.mode.scoredLength ?? (pool.scored...pool.scored)
        var text = length.count == 1 ? "\(length.lowerBound)" : "\(length.lowerBound)–\(length.upperBound)"
        if let pretest = spec.pretest { text += " +\(pretest.count)" }
        return text
    }

    private struct SpecRow: Encodable {
        var id: String
        var title: String
        var purpose: String
        var mode: String
        var min_items: Int
        var max_items: Int
        var pretest_items: Int
        var pool_scored: Int
        var pool_pilot: Int
        var time_limit_minutes: Int?
        var file: String
        var content_hash: String

        func encode(to encoder: any Encoder) throws {
            // Written by hand so that an untimed test shows `null` rather than dropping the key.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(purpose, forKey: .purpose)
            try container.encode(mode, forKey: .mode)
            try container.encode(min_items, forKey: .min_items)
            try container.encode(max_items, forKey: .max_items)
            try container.encode(pretest_items, forKey: .pretest_items)
            try container.encode(pool_scored, forKey: .pool_scored)
            try container.encode(pool_pilot, forKey: .pool_pilot)
            try container.encode(time_limit_minutes, forKey: .time_limit_minutes)
            try container.encode(file, forKey: .file)
            try container.encode(content_hash, forKey: .content_hash)
        }

        enum CodingKeys: String, CodingKey {
            case id, title, purpose, mode, min_items, max_items, pretest_items, pool_scored, pool_pilot, time_limit_minutes, file,
                content_hash
        }
    }
}
