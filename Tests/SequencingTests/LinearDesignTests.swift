import AssessCore
import Testing

@testable import Sequencing

@Suite("Linear forms")
struct LinearDesignTests {
    // Sets: items 2, 3, 4 (VIG-0) and 7, 8 (VIG-1) of 10.
    static let pool: SequencerPool = {
        var items = (0..<10).map { SequencerItem(id: "I\($0)", block: "safety") }
        for i in [2, 3, 4] { items[i].stimulus = "VIG-0" }
        for i in [7, 8] { items[i].stimulus = "VIG-1" }
        items[9].role = .pretest
        return try! SequencerPool(items: items)
    }()

    @Test("fixed order is pool order, with each set where its first member stands")
    func fixed() {
        var generator = SplitMix64(seed: 1)
        #expect(LinearDesign(order: .fixed).form(from: Self.pool, using: &generator) == Array(0..<10))
    }

    @Test("a set whose members are scattered in the pool is gathered at its first member")
    func gathered() throws {
        var items = (0..<5).map { SequencerItem(id: "I\($0)") }
        items[1].stimulus = "V"
        items[3].stimulus = "V"
        let pool = try SequencerPool(items: items)
        var generator = SplitMix64(seed: 1)
        #expect(LinearDesign().form(from: pool, using: &generator) == [0, 1, 3, 2, 4])
    }

    @Test("shuffling permutes units, keeps every set contiguous and in order, and replays from the seed")
    func shuffled() {
        var forms = Set<[Int]>()
        for seed in UInt64(0)..<200 {
            var generator = SplitMix64(seed: seed)
            let form = LinearDesign(order: .shuffled).form(from: Self.pool, using: &generator)
            #expect(form.sorted() == Array(0..<10))
            #expect(PoolFixture.setsAreContiguous(form, in: Self.pool))
            var again = SplitMix64(seed: seed)
            #expect(LinearDesign(order: .shuffled).form(from: Self.pool, using: &again) == form)
            forms.insert(form)
        }
        // 7 units have 5040 orders; 200 seeds should give nearly 200 distinct forms.
        #expect(forms.count > 190)
    }

    @Test("the shuffle is pinned: this seed gives this form on every toolchain")
    func pinned() {
        var generator = SplitMix64(seed: 42)
        let form = LinearDesign(order: .shuffled).form(from: Self.pool, using: &generator)
        #expect(form == Self.pinnedForm, "got \(form)")
    }

    static let pinnedForm = [2, 3, 4, 5, 9, 6, 1, 0, 7, 8]
}
