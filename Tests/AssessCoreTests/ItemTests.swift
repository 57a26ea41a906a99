import Testing

@testable import AssessCore

@Suite("Item")
struct ItemTests {
    static let item = Item(
        id: "X-1", type: .singleBestAnswer, stem: "Which?",
        options: [Option(id: "A", text: "One"), Option(id: "B", text: "Two", isKey: true)])

    @Test("SHA-256 matches the published test vector for \"abc\" (FIPS 180-2, appendix B.1)")
    func sha256Vector() {
        #expect(SHA256Hex.digest(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("the version is the SHA-256 of the canonical JSON of the shown content")
    func versionIsHashOfCanonicalContent() {
        let canonical =
            #"{"options":[{"id":"A","isKey":false,"text":"One"},{"id":"B","isKey":true,"text":"Two"}],"scoring":"all-or-nothing","stem":"Which?","textFormat":"plain","type":"single"}"#
        #expect(Self.item.contentHash() == SHA256Hex.digest(of: canonical))
    }

    @Test("editing what the candidate sees changes the version; classification does not")
    func versionCoversContentOnly() {
        let original = Self.item.contentHash()
        var retagged = Self.item
        retagged.classification.tags = ["new"]
        retagged.irt = IRTParameters(model: .twoPL, a: 1.2, b: 0.3)
        retagged.options[0].rationale = "Because."
        #expect(retagged.contentHash() == original)
        var reworded = Self.item
        reworded.stem = "Which one?"
        #expect(reworded.contentHash() != original)
        var rekeyed = Self.item
        rekeyed.options[0].isKey = true
        rekeyed.options[1].isKey = false
        #expect(rekeyed.contentHash() != original)
        #expect(Self.item.contentHash(stimulus: Stimulus(id: "V", text: "A vignette.")) != original)
    }

    @Test("option letters and their positions", arguments: [(0, "A"), (1, "B"), (7, "H")])
    func letters(index: Int, letter: String) {
        #expect(Option.letter(at: index) == letter)
        #expect(Option.index(ofLetter: letter.lowercased()) == index)
    }

    @Test("non-letters have no position", arguments: ["", "AB", "1", "é"])
    func notLetters(text: String) {
        #expect(Option.index(ofLetter: text) == nil)
    }

    @Test("default per-option credit is +1/k for keys and −1/k for distractors")
    func defaultCredit() {
        let item = Item(
            id: "M", type: .multipleResponse, stem: "Which?",
            options: [
                Option(id: "A", text: "a", isKey: true), Option(id: "B", text: "b", isKey: true),
                Option(id: "C", text: "c"), Option(id: "D", text: "d", credit: -0.25),
            ], scoring: .perOption)
        #expect(item.options.map { $0.effectiveCredit(in: item) } == [0.5, 0.5, -0.5, -0.25])
        #expect(item.keyLetters == ["A", "B"])
    }

    @Test("a bank keeps the first of two items with one id and indexes by id")
    func bankIndex() {
        var other = Self.item
        other.stem = "Other?"
        let bank = ItemBank(items: [Self.item, other, Item(id: "Y", type: .trueFalse, stem: "S.")])
        #expect(bank.items.map(\.id) == ["X-1", "Y"])
        #expect(bank["X-1"]?.stem == "Which?")
        #expect(bank["nope"] == nil)
        #expect(bank.versions["X-1"] == Self.item.contentHash())
    }
}

@Suite("CanonicalJSON")
struct CanonicalJSONTests {
    @Test("writes compact JSON with RFC 8259 escapes")
    func escapes() {
        var json = CanonicalJSON()
        json.object { json in
            json.key("a")
            json.array([1.5, -2.0]) { json, value in json.number(value) }
            json.key("b")
            json.string("q\"\\\n\t\u{1}é")
            json.key("c")
            json.object { json in
                json.key("d")
                json.bool(true)
            }
        }
        #expect(String(decoding: json.bytes, as: UTF8.self) == #"{"a":[1.5,-2.0],"b":"q\"\\\n\t\u0001é","c":{"d":true}}"#)
    }
}

@Suite("Item scoring")
struct ItemScoringTests {
    static let multiple = Item(
        id: "M", type: .multipleResponse, stem: "Which?",
        options: [
            Option(id: "A", text: "a", isKey: true), Option(id: "B", text: "b", isKey: true),
            Option(id: "C", text: "c"), Option(id: "D", text: "d"),
        ])

    @Test("single best answer scores 1 only for exactly the key", arguments: [
        (Set(["B"]), 1.0), (Set(["A"]), 0.0), (Set<String>(), 0.0), (Set(["A", "B"]), 0.0),
    ])
    func single(selected: Set<String>, expected: Double) {
        #expect(ItemTests.item.score(selecting: selected) == expected)
    }

    @Test("multiple response, all-or-nothing and per-option (+1/k, −1/k, clamped)", arguments: [
        (Set(["A", "B"]), 1.0, 1.0), (Set(["A"]), 0.0, 0.5), (Set(["A", "C"]), 0.0, 0.0),
        (Set(["A", "B", "C"]), 0.0, 0.5), (Set(["C", "D"]), 0.0, 0.0), (Set<String>(), 0.0, 0.0),
    ])
    func multiple(selected: Set<String>, allOrNothing: Double, perOption: Double) {
        var partial = Self.multiple
        partial.scoring = .perOption
        #expect(Self.multiple.score(selecting: selected) == allOrNothing)
        #expect(partial.score(selecting: selected) == perOption)
    }

    @Test("rating scores are the rating, reversed on a reversed scale, nil out of range")
    func rating() {
        var item = Item(id: "R", type: .ratingScale, stem: "I can.", ratingScale: RatingScale(points: 5))
        #expect(item.ratingScore(2) == 2)
        #expect(item.ratingScore(6) == nil)
        item.ratingScale?.reversed = true
        #expect(item.ratingScore(2) == 4)
    }
}

@Suite("SplitMix64")
struct SplitMix64CoreTests {
    @Test("matches the reference implementation's first outputs for seed 0 (Vigna, splitmix64.c)")
    func referenceOutputs() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }
}
