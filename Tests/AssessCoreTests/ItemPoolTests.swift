import Testing

@testable import AssessCore

@Suite("Item pool")
struct ItemPoolTests {
    static func item(
        _ id: String, block: Block = .safety, module: String = "m1", objective: String = "O-1", tags: [String] = [],
        type: ItemType = .trueFalse, status: ItemStatus = .active, security: Security = .practice
    ) -> Item {
        Item(
            id: id, status: status, type: type, stem: "Statement \(id).",
            classification: Classification(block: block, module: module, objective: objective, tags: tags), security: security)
    }

    static let bank = ItemBank(items: [
        item("A"), item("B", module: "m2"), item("C", objective: "O-2", tags: ["vignette"]), item("D", status: .pilot),
        item("E", type: .ratingScale), item("F", block: .foundations, security: .secure), item("G", status: .retired),
    ])

    @Test(
        "criteria are each any-of, combined with and; statuses default to active",
        arguments: [
            (ItemPool(), ["A", "B", "C", "E", "F"]),
            (ItemPool(modules: ["m1"]), ["A", "C", "E", "F"]),
            (ItemPool(modules: ["m1"], objectives: ["O-1"]), ["A", "E", "F"]),
            (ItemPool(tags: ["vignette", "x"]), ["C"]),
            (ItemPool(types: [.trueFalse], security: [.practice]), ["A", "B", "C"]),
            (ItemPool(blocks: [.foundations]), ["F"]),
            (ItemPool(modules: ["m1"], statuses: [.active, .pilot]), ["A", "C", "D", "E", "F"]),
            (ItemPool(include: ["F", "B"]), ["F", "B"]),
            (ItemPool(modules: ["m2"], include: ["F"]), ["F", "B"]),
            (ItemPool(modules: ["m1"], exclude: ["C", "E"]), ["A", "F"]),
        ])
    func selection(pool: ItemPool, ids: [String]) {
        #expect(pool.items(in: Self.bank).map(\.id) == ids)
    }
}
