import AssessCore
import Psychometrics
import Testing

@testable import Sequencing

@Suite("Sequencer pool")
struct SequencerPoolTests {
    static func item(
        _ id: String, status: ItemStatus = .active, block: Block? = .safety, stimulus: String? = nil,
        enemies: [String] = [], irt: IRTParameters? = IRTParameters(model: .twoPL, a: 1.2, b: 0.3)
    ) -> Item {
        Item(
            id: id, status: status, type: .singleBestAnswer, stem: "Stem \(id)?", stimulus: stimulus,
            classification: Classification(block: block, module: "safety-screening", objective: "SAF-SCR-1"), irt: irt,
            enemies: enemies)
    }

    @Test("bank items: active is scored, pilot is pretest; content keys come from the classification")
    func roles() throws {
        let pool = try SequencerPool(items: [Self.item("A"), Self.item("B", status: .pilot)])
        #expect(pool.items.map(\.role) == [.scored, .pretest])
        #expect(pool[0].contentKey(at: .block) == "safety")
        #expect(pool[0].contentKey(at: .module) == "safety-screening")
        #expect(pool[0].contentKey(at: .objective) == "SAF-SCR-1")
        #expect(pool.index(ofID: "B") == 1)
    }

    @Test("draft and retired items cannot be put in a pool", arguments: [ItemStatus.draft, .retired])
    func undeliverable(status: ItemStatus) {
        #expect(throws: SequencingError.undeliverableItem(id: "X", status: status)) {
            try SequencerPool(items: [Self.item("A"), Self.item("X", status: status)])
        }
    }

    @Test("a repeated id is an error")
    func duplicate() {
        #expect(throws: SequencingError.duplicateItem(id: "A")) {
            try SequencerPool(items: [Self.item("A"), Self.item("A")])
        }
    }

    @Test("enemies become symmetric pool positions; enemies outside the pool are dropped")
    func enemies() throws {
        let pool = try SequencerPool(items: [
            Self.item("A", enemies: ["C", "ELSEWHERE"]), Self.item("B"), Self.item("C"),
        ])
        #expect(pool[0].enemies == [2])
        #expect(pool[2].enemies == [0])
        #expect(pool[1].enemies.isEmpty)
    }

    @Test("items sharing a stimulus form a set in pool order, pretest members included")
    func stimulusSets() throws {
        let pool = try SequencerPool(items: [
            Self.item("A", stimulus: "VIG-1"), Self.item("B"), Self.item("C", stimulus: "VIG-1"),
            Self.item("D", status: .pilot, stimulus: "VIG-1"), Self.item("E", stimulus: "VIG-2"),
        ])
        #expect(
            pool.stimulusSets == [
                StimulusSet(id: "VIG-1", members: [0, 2, 3]), StimulusSet(id: "VIG-2", members: [4]),
            ])
        #expect(pool.items.map(\.stimulusSet) == [0, nil, 0, 0, 1])
    }

    @Test("IRT parameters: Rasch a = 1, 2PL c = 0, D = 1.702 carried into a; polytomous and missing are uncalibrated")
    func parameters() throws {
        let pool = try SequencerPool(items: [
            Self.item("R", irt: IRTParameters(model: .rasch, a: 3, b: -1)),
            Self.item("T", irt: IRTParameters(model: .twoPL, a: 1.5, b: 0.5, c: 0.2)),
            Self.item("N", irt: IRTParameters(model: .threePL, a: 1, b: 0, c: 0.2, scalingConstant: 1.702)),
            Self.item("G", irt: IRTParameters(model: .grm, a: 1, thresholds: [-1, 1])),
            Self.item("U", irt: nil),
        ])
        #expect(pool[0].parameters == DichotomousItem(a: 1, b: -1))
        #expect(pool[1].parameters == DichotomousItem(a: 1.5, b: 0.5))
        #expect(pool[2].parameters == DichotomousItem(a: 1.702, b: 0, c: 0.2))
        #expect(pool[3].parameters == nil && pool[4].parameters == nil)
        #expect(pool.parameters.scaling == 1)
        // The normal-ogive item on D = 1.702 and its converted twin agree at every θ.
        let original = DichotomousItem(a: 1, b: 0, c: 0.2)
        for theta in stride(from: -3.0, through: 3, by: 0.5) {
            #expect(
                abs(pool.parameters.probability(ofItem: 2, at: theta) - original.probability(at: theta, scaling: 1.702))
                    < 1e-15)
        }
    }

    @Test("a caller's parameter pool on another metric is converted to D = 1")
    func givenParameters() throws {
        let given = DichotomousPool(a: [1, 2], b: [0, 1], c: [0.1, 0], scaling: 1.702)
        let pool = try SequencerPool(items: [Self.item("A"), Self.item("B")], parameters: given)
        #expect(pool.parameters.a == [1.702, 3.404])
        #expect(pool.parameters.c == [0.1, 0])
    }
}
