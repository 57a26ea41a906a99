import AssessCore
import Testing

@testable import BankFormats

@Suite("YAML bank reader")
struct YAMLBankReaderTests {
    static func read(_ text: String) -> BankDocument { YAMLBankReader.read(text, file: "bank.yaml") }

    static func messages(_ text: String) -> [String] {
        BankValidator.validate([read(text)]).diagnostics.sorted.map(\.description)
    }

    @Test("reads every item type with its fields and the file defaults")
    func everyType() throws {
        let document = Self.read(
            """
            block: safety
            module: saf-screening
            security: practice
            scale: {points: 3, anchors: [Low, Mid, High]}
            stimuli:
              - id: V1
                title: The case
                text: |
                  Line one.
                  Line two.
            items:
              - id: S1
                type: single
                stimulus: V1
                objective: O-1
                level: analysis
                tags: [t1, t2]
                stem: Which?
                options:
                  - {text: One, rationale: No.}
                  - text: Two
                    rationale: Yes.
                  - Three
                key: b
                irt: {model: 3pl, a: 1.25, b: -0.5, c: 0.2, source: provisional, n: 300}
                enemies: [T1]
              - id: M1
                type: multiple
                scoring: per-option
                security: secure
                stem: Which ones?
                options: [{text: a, credit: 0.5}, {text: b, credit: 0.5}, {text: c, credit: -1}]
                key: [A, B]
                shuffle: false
              - id: T1
                type: true-false
                stem: Sky is blue.
                key: true
                rationale: {true: Right., false: Wrong.}
              - id: R1
                type: rating
                addressed-by: [m1, m2]
                stem: I can do it.
                irt: {model: grm, a: 1, thresholds: [-1, 1]}
            """)
        #expect(document.diagnostics.all.isEmpty)
        #expect(document.items.map(\.id) == ["S1", "M1", "T1", "R1"])
        #expect(document.stimuli == [Stimulus(id: "V1", title: "The case", text: "Line one.\nLine two.")])

        let single = document.items[0]
        #expect(single.type == .singleBestAnswer)
        #expect(single.options.map(\.text) == ["One", "Two", "Three"])
        #expect(single.options.map(\.id) == ["A", "B", "C"])
        #expect(single.keyLetters == ["B"])
        #expect(single.options.map(\.rationale) == ["No.", "Yes.", nil])
        #expect(single.classification.block == .safety)
        #expect(single.classification.module == "saf-screening")
        #expect(single.classification.tags == ["t1", "t2"])
        #expect(single.classification.cognitiveLevel == .analysis)
        #expect(single.security == .practice)
        #expect(single.irt == IRTParameters(model: .threePL, a: 1.25, b: -0.5, c: 0.2, source: "provisional", sampleSize: 300))
        #expect(single.enemies == ["T1"])

        let multiple = document.items[1]
        #expect(multiple.scoring == .perOption)
        #expect(multiple.options.map(\.credit) == [0.5, 0.5, -1])
        #expect(multiple.keyLetters == ["A", "B"])
        #expect(multiple.security == .secure)
        #expect(!multiple.shuffle)

        let trueFalse = document.items[2]
        #expect(trueFalse.options.map(\.text) == ["True", "False"])
        #expect(trueFalse.keyLetters == ["A"])
        #expect(trueFalse.options.map(\.rationale) == ["Right.", "Wrong."])
        #expect(!trueFalse.shuffle)

        let rating = document.items[3]
        #expect(rating.ratingScale == RatingScale(points: 3, anchors: ["Low", "Mid", "High"]))
        #expect(rating.classification.addressedBy == ["m1", "m2"])
        #expect(rating.irt?.thresholds == [-1, 1])
    }

    @Test("reports malformed input at its line and column, verbatim", arguments: [
        (
            "items:\n  - id: A\n    type: single\n    stme: Which?\n",
            [
                "bank.yaml:2:5: error: item 'A' has no 'stem'",
                "bank.yaml:4:5: error: unknown key 'stme' in an item; did you mean 'stem'?",
            ]
        ),
        (
            "items:\n  - id: A\n    type: singel\n    stem: Which?\n",
            ["bank.yaml:3:11: error: 'type' must be one of single, multiple, true-false, rating, not 'singel'; did you mean 'single'?"]
        ),
        (
            "items:\n  - id: A\n    type: single\n    stem: Which?\n    options: [x, y]\n    key: C\n",
            ["bank.yaml:6:10: error: key 'C' is out of range: the item has 2 options (A–B)"]
        ),
        (
            "items:\n  - id: A\n    type: single\n    stem: Which?\n    options: [x, y]\n",
            ["bank.yaml:2:5: error: item 'A' has no 'key'"]
        ),
        (
            "items:\n  - id: A\n    type: single\n    stem: [Which?\n",
            ["bank.yaml:5:1: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at line 4, column 11)"]
        ),
        (
            "items:\n  - id: A\n    type: true-false\n    stem: S.\n    key: maybe\n",
            ["bank.yaml:5:10: error: 'key' must be true or false, not 'maybe'"]
        ),
        (
            "items:\n  - id: A\n    type: rating\n    stem: I can.\n",
            ["bank.yaml:2:5: error: item 'A' is a rating item but neither it nor its file has a 'scale'"]
        ),
        (
            "items:\n  - id: A\n    type: single\n    stem: Which?\n    options: [x, y]\n    key: A\n    irt: {model: 3pl, a: high, b: 0}\n",
            ["bank.yaml:7:26: error: 'a' must be a number, not 'high'"]
        ),
        (
            "items:\n  - id: A\n    type: single\n    stem: Which?\n    options: [x, y]\n    key: A\n    reviewed: 2026-02-30\n",
            ["bank.yaml:7:15: error: 'reviewed' must be a date written YYYY-MM-DD, not '2026-02-30'"]
        ),
        (
            "items:\n  - id: A\n    type: rating\n    stem: I can.\n    scale: {points: 4}\n    key: A\n",
            ["bank.yaml:6:5: error: 'key' does not apply to a rating item"]
        ),
        (
            "blok: safety\nitems: []\n",
            [
                "bank.yaml:1:1: error: unknown key 'blok' in the file; did you mean 'block'?",
                "bank.yaml:1:1: warning[empty-file]: the file holds no items",
            ]
        ),
    ])
    func malformed(text: String, expected: [String]) {
        #expect(Self.messages(text) == expected)
    }
}
