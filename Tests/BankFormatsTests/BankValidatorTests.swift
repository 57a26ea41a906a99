import AssessCore
import Testing

@testable import BankFormats

@Suite("Bank validator")
struct BankValidatorTests {
    static func diagnostics(_ files: [(String, String)]) -> [String] {
        BankValidator.validate(files.map { YAMLBankReader.read($0.1, file: $0.0) }).diagnostics.sorted.map(\.description)
    }

    static func single(_ id: String, stem: String = "Which?", options: String = "[x, y]", extra: String = "") -> String {
        "  - id: \(id)\n    type: single\n    stem: \(stem)\n    options: \(options)\n    key: A\n\(extra)"
    }

    @Test("an id reused for different content across files is an error; an exact copy a warning")
    func duplicateIDs() {
        let a = "items:\n" + Self.single("Q1")
        let b = "items:\n" + Self.single("Q1", stem: "Other?") + Self.single("Q2", stem: "Third?")
        #expect(Self.diagnostics([("a.yaml", a), ("b.yaml", b)]) == [
            "b.yaml:2:5: error: item id 'Q1' is already used by a different item at a.yaml:2:5; ids must be unique across the bank"
        ])
        #expect(Self.diagnostics([("a.yaml", a), ("c.yaml", a)]) == [
            "c.yaml:2:5: warning[duplicate-id]: item 'Q1' is defined twice with the same content (first at a.yaml:2:5); the copy is ignored"
        ])
    }

    @Test("suspicious items get warnings", arguments: [
        (
            "items:\n" + single("Q1", options: "[Yes, ' yes.', No]"),
            ["bank.yaml:2:5: warning[duplicate-option]: item 'Q1': options A and B have the same text"]
        ),
        (
            "items:\n" + single("Q1", options: "[Red, Blue, All of the above]"),
            [
                "bank.yaml:2:5: warning[all-of-the-above-shuffled]: item 'Q1': option C says \"All of the above\" but the options may be shuffled; set 'shuffle: false' or reword"
            ]
        ),
        ("items:\n" + single("Q1", options: "[Red, Blue, All of the above]", extra: "    shuffle: false\n"), []),
        (
            "items:\n" + single("Q1") + single("Q2", stem: "which?"),
            ["bank.yaml:7:5: warning[identical-stem]: item 'Q2' has the same stem as item 'Q1'"]
        ),
        (
            "items:\n" + single("Q1", extra: "    irt: {model: 3pl, a: 6, b: -5, c: 0.5}\n"),
            [
                "bank.yaml:2:5: warning[irt-range]: item 'Q1': discrimination a = 6.0 is outside the plausible range 0.2...4.0",
                "bank.yaml:2:5: warning[irt-range]: item 'Q1': difficulty b = -5.0 is outside the plausible range -4.0...4.0",
                "bank.yaml:2:5: warning[irt-range]: item 'Q1': lower asymptote c = 0.5 is outside the plausible range 0.0...0.35",
            ]
        ),
        (
            "items:\n" + single("Q1", extra: "    enemies: [Q9]\n"),
            ["bank.yaml:2:5: warning[unknown-enemy]: item 'Q1' lists enemy 'Q9', which is not in the bank"]
        ),
        (
            "items:\n  - id: D1\n    status: draft\n    type: single\n    stem: Which?\n    options: [x, y]\n",
            ["bank.yaml:2:5: warning[missing-key]: item 'D1' has no 'key' (allowed while it is a draft)"]
        ),
    ])
    func warnings(text: String, expected: [String]) {
        #expect(Self.diagnostics([("bank.yaml", text)]) == expected)
    }

    @Test("broken items get errors", arguments: [
        ("items:\n" + single("Q1", options: "[only]"), ["bank.yaml:2:5: error: item 'Q1' has 1 options; a choice item has 2 to 8"]),
        (
            "items:\n" + single("Q1", options: "[a, b, c, d, e, f, g, h, i]"),
            ["bank.yaml:2:5: error: item 'Q1' has 9 options; a choice item has 2 to 8"]
        ),
        (
            "items:\n" + single("Q1", extra: "    stimulus: V9\n"),
            ["bank.yaml:2:5: error: item 'Q1' refers to stimulus 'V9', which is not defined"]
        ),
        (
            "items:\n  - id: R\n    type: rating\n    stem: I can.\n    scale: {points: 4, anchors: [a, b]}\n",
            ["bank.yaml:2:5: error: item 'R': the scale has 4 points but 2 anchors"]
        ),
        (
            "items:\n  - id: R\n    type: rating\n    stem: I can.\n    scale: {points: 3}\n    irt: {model: grm, thresholds: [1, -1]}\n",
            ["bank.yaml:2:5: error: item 'R': graded-response thresholds must increase"]
        ),
        (
            "items:\n" + single("Q1", extra: "    irt: {model: grm, thresholds: [0]}\n"),
            ["bank.yaml:2:5: error: item 'Q1' is scored right or wrong; its IRT model must be rasch, 2pl or 3pl, not grm"]
        ),
    ])
    func errors(text: String, expected: [String]) {
        #expect(Self.diagnostics([("bank.yaml", text)]) == expected)
    }
}
