import AssessCore
import Yams

extension TestSpecReader {
    static let poolKeys = ["blocks", "modules", "objectives", "tags", "types", "security", "statuses", "include", "exclude"]

    mutating func readPool(_ node: Node) -> ItemPool? {
        guard let fields = mapping(node, path: "pool", what: "the pool", allowed: Self.poolKeys) else { return nil }
        let statuses = fields.has("statuses") ? choices(fields, "statuses", as: ItemStatus.self, path: "pool.statuses") : [.active]
        for (index, status) in statuses.enumerated() where status == .draft || status == .retired {
            diagnostics.error("'statuses' cannot include '\(status.rawValue)': draft and retired items are never delivered", at: locations["pool.statuses.\(index)"])
        }
        return ItemPool(
            blocks: choices(fields, "blocks", as: Block.self, path: "pool.blocks"),
            modules: locatedStrings(fields, "modules", path: "pool.modules").map(\.text),
            objectives: locatedStrings(fields, "objectives", path: "pool.objectives").map(\.text),
            tags: locatedStrings(fields, "tags", path: "pool.tags").map(\.text),
            types: choices(fields, "types", as: ItemType.self, path: "pool.types"),
            security: choices(fields, "security", as: Security.self, path: "pool.security"),
            statuses: statuses.filter { $0 != .draft && $0 != .retired },
            include: locatedStrings(fields, "include", path: "pool.include").map(\.text),
            exclude: locatedStrings(fields, "exclude", path: "pool.exclude").map(\.text))
    }
}
