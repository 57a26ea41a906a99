import Testing

@testable import Sequencing

@Suite("Content blueprint")
struct ContentBlueprintTests {
    static func shares(_ values: [Double]) -> ContentBlueprint {
        ContentBlueprint(
            level: .block,
            areas: values.enumerated().map {
                ContentBlueprint.Area(key: "area-\($0.offset)", requirement: .share($0.element))
            })
    }

    struct Apportionment: Sendable, CustomTestStringConvertible {
        var shares: [Double]
        var length: Int
        var counts: [Int]
        var testDescription: String { "\(shares) of \(length) → \(counts)" }
    }

    // Worked by hand: quotas s·n, floors, then the largest fractional parts get the rest.
    static let apportionments: [Apportionment] = [
        // 0.3·10 = 3, 0.3·10 = 3, 0.4·10 = 4: exact.
        Apportionment(shares: [0.3, 0.3, 0.4], length: 10, counts: [3, 3, 4]),
        // 20·(0.25, 0.25, 0.2, 0.15, 0.15) = 5, 5, 4, 3, 3.
        Apportionment(shares: [0.25, 0.25, 0.2, 0.15, 0.15], length: 20, counts: [5, 5, 4, 3, 3]),
        // 7/3 each: floors 2, 2, 2 and one left; equal fractions → the first area.
        Apportionment(shares: [1.0 / 3, 1.0 / 3, 1.0 / 3], length: 7, counts: [3, 2, 2]),
        // 9·(0.45, 0.35, 0.2) = 4.05, 3.15, 1.8: floors 4, 3, 1; one left → the .8.
        Apportionment(shares: [0.45, 0.35, 0.2], length: 9, counts: [4, 3, 2]),
        // 12·(0.15, 0.2, 0.3, 0.35) = 1.8, 2.4, 3.6, 4.2: floors 1, 2, 3, 4; two left → .8 and .6.
        Apportionment(shares: [0.15, 0.2, 0.3, 0.35], length: 12, counts: [2, 2, 4, 4]),
    ]

    @Test("target shares become counts by the largest-remainder rule", arguments: apportionments)
    func largestRemainder(_ example: Apportionment) throws {
        let counts = try #require(Self.shares(example.shares).formCounts(length: example.length))
        #expect(counts == example.counts.map { $0...$0 })
        #expect(counts.reduce(0) { $0 + $1.lowerBound } == example.length)
    }

    @Test("share ranges round inwards, count ranges stand; adaptive target shares allow floor…ceil")
    func ranges() throws {
        let blueprint = ContentBlueprint(
            level: .block,
            areas: [
                .init(key: "a", requirement: .shareRange(0.15...0.25)),
                .init(key: "b", requirement: .countRange(2...5)),
                .init(key: "c", requirement: .share(0.3)),
            ])
        #expect(blueprint.allowedCounts(area: 0, length: 10) == 2...2)  // 1.5…2.5 → 2…2
        #expect(blueprint.allowedCounts(area: 0, length: 20) == 3...5)
        #expect(blueprint.allowedCounts(area: 0, length: 3) == nil)  // 0.45…0.75 holds no count
        #expect(blueprint.allowedCounts(area: 1, length: 99) == 2...5)
        #expect(blueprint.allowedCounts(area: 2, length: 10) == 3...3)
        #expect(blueprint.allowedCounts(area: 2, length: 11) == 3...4)
        #expect(blueprint.formCounts(length: 11) == [2...2, 2...5, 3...3])
        #expect(blueprint.admits(count: 4, area: 2, length: 11) && !blueprint.admits(count: 5, area: 2, length: 11))
    }

    @Test("validation names the problem")
    func validation() {
        #expect(throws: SequencingError.invalidBlueprint(.noAreas)) {
            try ContentBlueprint(level: .block, areas: []).validate()
        }
        #expect(throws: SequencingError.invalidBlueprint(.duplicateArea("x"))) {
            try ContentBlueprint(
                level: .block,
                areas: [.init(key: "x", requirement: .share(0.5)), .init(key: "x", requirement: .share(0.5))]
            ).validate()
        }
        #expect(throws: SequencingError.invalidBlueprint(.invalidRequirement(area: "x"))) {
            try ContentBlueprint(level: .block, areas: [.init(key: "x", requirement: .shareRange(0.5...1.5))])
                .validate()
        }
        #expect(throws: SequencingError.invalidBlueprint(.sharesDoNotAddUp(sum: 0.9))) {
            try Self.shares([0.5, 0.4]).validate()
        }
        #expect(throws: Never.self) { try Self.shares([0.5, 0.25, 0.25]).validate() }
    }
}
