import AssessCore
import Testing

@testable import Delivery

@Suite("Item screen")
struct ItemScreenTests {
    static let item = Item(
        id: "Q", type: .singleBestAnswer, stem: "Which response comes first?",
        options: [
            Option(id: "A", text: "Call the family", rationale: "Too late."),
            Option(id: "B", text: "See the child today", rationale: "Correct: safety first.", isKey: true),
            Option(id: "C", text: "Write the report", rationale: "Not yet."),
        ],
        generalFeedback: "Remember the response-time rules.",
        irt: IRTParameters(model: .threePL, a: 1.37, b: -0.42, c: 0.19))

    @Test("shows header, vignette, stem and options in the shown order, verbatim")
    func rendering() {
        let screen = ItemScreen(
            position: 3, length: 20, secondsRemaining: 605, stimulus: Stimulus(id: "V", title: "The Reyes family", text: "A call comes in."),
            item: Self.item, optionOrder: [2, 0, 1])
        #expect(screen.text == """

            Item 3 of 20 · 10:05 left
            -------------------------

            Case: The Reyes family
            A call comes in.

            Which response comes first?

              A. Write the report
              B. Call the family
              C. See the child today

            """)
        #expect(screen.prompt == "Your answer (A-C, ? for help): ")
    }

    @Test("never shows keys, rationales, feedback or parameters")
    func noKeys() {
        let text = ItemScreen(position: 1, length: nil, secondsRemaining: nil, stimulus: nil, item: Self.item, optionOrder: [0, 1, 2]).text
        for secret in ["Correct", "Too late", "Not yet", "Remember", "1.37", "-0.42", "0.19", "*"] {
            #expect(!text.contains(secret), "\(secret)")
        }
        #expect(text.contains("Item 1\n"))
    }

    @Test("option order: shuffled by the seed when allowed, fixed for true/false and shuffle: false")
    func order() {
        var generator = SplitMix64(seed: 42)
        let many = Item(id: "M", type: .singleBestAnswer, stem: "S?", options: (0..<8).map { Option(id: "\($0)", text: "o\($0)") })
        let first = OptionOrder.order(for: many, using: &generator)
        #expect(first.sorted() == Array(0..<8))
        #expect(first != Array(0..<8))
        var again = SplitMix64(seed: 42)
        #expect(OptionOrder.order(for: many, using: &again) == first)
        var fixed = many
        fixed.shuffle = false
        #expect(OptionOrder.order(for: fixed, using: &generator) == Array(0..<8))
        let trueFalse = Item(id: "T", type: .trueFalse, stem: "S.", options: [Option(id: "A", text: "True"), Option(id: "B", text: "False")])
        #expect(OptionOrder.order(for: trueFalse, using: &generator) == [0, 1])
    }
}
