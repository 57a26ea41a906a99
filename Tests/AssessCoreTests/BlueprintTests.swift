import Testing

@testable import AssessCore

@Suite("Blueprint counts")
struct BlueprintTests {
    static func blueprint(_ targets: [BlueprintTarget]) -> Blueprint {
        Blueprint(dimension: .block, areas: targets.enumerated().map { BlueprintArea("area-\($0)", $1) })
    }

    @Test(
        "exact shares are apportioned by largest remainder and always sum to the length",
        arguments: [
            ([15.0, 30, 20, 20, 15], 20, [3, 6, 4, 4, 3]),
            ([15.0, 30, 20, 20, 15], 21, [3, 7, 4, 4, 3]),
            ([15.0, 30, 20, 20, 15], 60, [9, 18, 12, 12, 9]),
            ([33.3, 33.3, 33.4], 10, [3, 3, 4]),
            ([50.0, 50], 3, [2, 1]),
        ])
    func apportionment(shares: [Double], length: Int, counts: [Int]) {
        let ranges = Self.blueprint(shares.map { .share(percent: $0) }).countRanges(forLength: length)
        #expect(ranges.map(\.lower) == counts)
        #expect(ranges.map(\.upper) == counts)
    }

    @Test("share ranges round inwards (15% of 20 is exactly 3) and counts are as written")
    func ranges() {
        let blueprint = Self.blueprint([.shareRange(minimumPercent: 15, maximumPercent: 25), .countRange(minimum: 2, maximum: 4)])
        #expect(blueprint.countRanges(forLength: 20) == [AreaCountRange(lower: 3, upper: 5), AreaCountRange(lower: 2, upper: 4)])
        #expect(blueprint.countRanges(forLength: 21) == [AreaCountRange(lower: 4, upper: 5), AreaCountRange(lower: 2, upper: 4)])
        #expect(AreaCountRange(lower: 3, upper: 3).description == "3")
        #expect(AreaCountRange(lower: 2, upper: 4).description == "2–4")
    }

    @Test("a blueprint is satisfiable when the ranges admit counts summing to the length")
    func satisfiable() {
        let certification = Self.blueprint([
            .shareRange(minimumPercent: 13, maximumPercent: 17), .shareRange(minimumPercent: 28, maximumPercent: 32),
            .shareRange(minimumPercent: 18, maximumPercent: 22), .shareRange(minimumPercent: 18, maximumPercent: 22),
            .shareRange(minimumPercent: 13, maximumPercent: 17),
        ])
        #expect((60...120).allSatisfy { certification.isSatisfiable(atLength: $0) })
        let counts = Self.blueprint([.countRange(minimum: 3, maximum: 3), .countRange(minimum: 3, maximum: 3)])
        #expect(counts.isSatisfiable(atLength: 6))
        #expect(!counts.isSatisfiable(atLength: 7))
        // 40–45% of 2 items is 0.8–0.9: no whole number fits.
        #expect(!Self.blueprint([.shareRange(minimumPercent: 40, maximumPercent: 45), .shareRange(minimumPercent: 55, maximumPercent: 60)]).isSatisfiable(atLength: 2))
    }

    @Test("an item belongs to the area named by its block, module or objective")
    func areaOfItem() {
        let item = Item(
            id: "Q", type: .trueFalse, stem: "Yes.",
            classification: Classification(block: .safety, module: "saf-identification", objective: "SAF-IDENTIFICATION-2"))
        #expect(Blueprint(dimension: .objective, areas: [BlueprintArea("SAF-IDENTIFICATION-2", .share(percent: 100))]).areaIndex(of: item) == 0)
        #expect(Blueprint(dimension: .module, areas: [BlueprintArea("other", .share(percent: 50)), BlueprintArea("saf-identification", .share(percent: 50))]).areaIndex(of: item) == 1)
        #expect(Blueprint(dimension: .block, areas: [BlueprintArea("foundations", .share(percent: 100))]).areaIndex(of: item) == nil)
    }
}
