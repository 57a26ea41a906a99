import AssessCore
import Testing

@testable import BankFormats

/// Each check of the validator, failing on a spec and passing on the same spec put right.
@Suite("Test spec validator")
struct TestSpecValidatorTests {
    typealias F = TestSpecFixtures

    /// A failing spec, the message it gets, and the spec put right (which must pass).
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bad: String
        var expected: [String]
        var good: String
        var others: [String] = []
        /// The other specs beside `good`, when they differ from those beside `bad`.
        var goodOthers: [String]? = nil
        var testDescription: String { name }
    }

    @Test("the fixture specs are valid")
    func fixturesValid() {
        #expect(F.messages(F.modulePost) == [])
        #expect(F.messages(F.adaptive) == [])
    }

    static let m = F.modulePost
    static let a = F.adaptive
    static func r(_ text: String, _ old: String, _ new: String) -> String { F.replacing(text, old, new) }

    @Test(
        "design checks that need no bank",
        arguments: [
            Case(
                name: "certification never reveals keys", bad: r(a, "feedback: by-block", "feedback: keys-and-rationales"),
                expected: [
                    "spec.yaml:11:11: error: a certification test never reveals keys or rationales; choose feedback none, score or a breakdown such as by-block",
                    "spec.yaml:11:11: error: the pool holds 10 secure items (S1, S2, S3, …), whose keys are never shown; choose a lower feedback level or a practice pool",
                ],
                good: a),
            Case(
                name: "certification needs a cut", bad: r(r(a, "scoring: {method: theta, cut: {theta: 0}}", "scoring: {method: theta}"), ", classification: {confidence: 95%}", ""),
                expected: ["spec.yaml:12:10: error: a certification test needs a cut: it exists to make a pass/fail decision"],
                good: a),
            Case(
                name: "self-assessment is a rating profile", bad: r(r(m, "purpose: module-post", "purpose: self-assessment"), ", cut: {percent: 80}", ""),
                expected: ["spec.yaml:11:19: error: a self-assessment is scored as a rating profile (method: rating-profile), not 'number-correct'"],
                good: r(m, "purpose: module-post", "purpose: practice")),
            Case(
                name: "adaptive never goes back", bad: a + "\nnavigation: {back: true}",
                expected: ["spec.yaml:13:13: error: an adaptive test cannot allow skip, back, flag or review: each item is chosen from the answers before it"],
                good: a + "\nnavigation: {back: false}"),
            Case(
                name: "linear has no blueprint", bad: r(m, "mode: random-form\nform: {length: 6}", "mode: linear"),
                expected: [
                    "spec.yaml:4:7: error: the pool holds both 'B1' and its enemy 'B2', and a linear test delivers every pool item",
                    "spec.yaml:7:3: error: a linear test delivers its whole pool, so a blueprint does not apply; use mode random-form to draw a form to a blueprint",
                ],
                good: m),
            Case(
                name: "adaptive is scored by θ", bad: r(r(a, "scoring: {method: theta, cut: {theta: 0}}", "scoring: {method: number-correct, cut: {percent: 60}}"), ", classification: {confidence: 95%}", ""),
                expected: ["spec.yaml:12:19: error: an adaptive test is scored by θ (method: theta), not 'number-correct'"],
                good: a),
            Case(
                name: "labels need a cut", bad: r(m, ", cut: {percent: 80}", ", labels: {met: Yes, not-met: No}"),
                expected: ["spec.yaml:11:43: error: mastery labels name the two sides of a cut, but the scoring policy has no cut"],
                good: r(m, ", cut: {percent: 80}", ", cut: {percent: 80}, labels: {met: Yes, not-met: No}")),
            Case(
                name: "a θ cut needs θ scoring", bad: r(m, "cut: {percent: 80}", "cut: {theta: 0.5}"),
                expected: ["spec.yaml:11:48: error: a θ cut needs θ scoring (method: theta); number-correct scoring takes a percent or raw cut"],
                good: r(m, "cut: {percent: 80}", "cut: {raw: 5}")),
            Case(
                name: "a raw cut fits the form", bad: r(m, "cut: {percent: 80}", "cut: {raw: 7}"),
                expected: ["spec.yaml:11:46: error: the raw cut 7 is above the 6 items of a form"],
                good: r(m, "cut: {percent: 80}", "cut: {raw: 6}")),
            Case(
                name: "θ scoring takes a θ cut", bad: r(r(a, "cut: {theta: 0}", "cut: {percent: 70}"), ", classification: {confidence: 95%}", ""),
                expected: ["spec.yaml:12:41: error: θ scoring takes a θ cut ('theta'), not a percent cut"],
                good: a),
            Case(
                name: "the cut θ lies inside the estimator's range", bad: r(a, "cut: {theta: 0}", "cut: {theta: 4.5}"),
                expected: ["spec.yaml:12:39: error: the cut θ 4.5 is outside the estimator's θ range -4 to 4, so no estimate could fall on both sides of it"],
                good: r(a, "cut: {theta: 0}", "cut: {theta: 3.9}")),
            Case(
                name: "a rating profile takes no cut", bad: r(r(m, "purpose: module-post", "purpose: self-assessment"), "scoring: {method: number-correct, cut: {percent: 80}}", "scoring: {method: rating-profile, need-at-or-below: 2, cut: {percent: 50}}")
                    .replacingOccurrences(of: "types: [true-false]", with: "types: [rating]").replacingOccurrences(of: "modules: [m1]", with: "modules: [sa]")
                    .replacingOccurrences(of: "mode: random-form\nform: {length: 6}\nblueprint:\n  - {objective: O-1, count: 2}\n  - {objective: O-2, count: 2}\n  - {objective: O-3, count: 2}", with: "mode: linear"),
                expected: ["spec.yaml:6:61: error: a rating profile makes no pass/fail decision, so it takes no cut"],
                good: "id: sa\ntitle: SA\npurpose: self-assessment\npool: {modules: [sa], types: [rating]}\nmode: linear\nscoring: {method: rating-profile, need-at-or-below: 2}"),
            Case(
                name: "revisit-below needs a breakdown", bad: m + "\nfeedback: {level: score, revisit-below: 67%}",
                expected: ["spec.yaml:12:41: error: 'revisit-below' needs a breakdown (feedback by-block, by-module, by-objective or keys-and-rationales)"],
                good: m + "\nfeedback: {level: by-objective, revisit-below: 67%}"),
            Case(
                name: "max-items is at least min-items", bad: r(a, "min-items: 3, max-items: 6", "min-items: 7, max-items: 6"),
                expected: ["spec.yaml:8:39: error: 'max-items' (6) is below 'min-items' (7)"],
                good: r(a, "min-items: 3, max-items: 6", "min-items: 6, max-items: 6")),
            Case(
                name: "a range of lengths needs a stopping rule", bad: r(a, "standard-error: 0.5, classification: {confidence: 95%}", "combine: any"),
                expected: ["spec.yaml:8:13: warning: no stopping rule (standard-error, classification or sprt) is set, so every test runs to max-items; set min-items equal to max-items to say so"],
                good: r(a, "standard-error: 0.5, classification: {confidence: 95%}", "sprt: {indifference: 0.3}")),
            Case(
                name: "classification and SPRT need a θ cut", bad: r(r(a, "purpose: certification", "purpose: practice"), "scoring: {method: theta, cut: {theta: 0}}", "scoring: {method: theta}") .replacingOccurrences(of: "standard-error: 0.5", with: "sprt: {indifference: 0.3}"),
                expected: [
                    "spec.yaml:8:48: error: the SPRT rule tests θ against the cut, but the scoring policy has no θ cut",
                    "spec.yaml:8:85: error: the classification rule compares θ with the cut, but the scoring policy has no θ cut",
                ],
                good: r(a, "purpose: certification", "purpose: practice")),
            Case(
                name: "the start θ lies inside the estimator's range", bad: r(a, "  exposure:", "  start: {method: fixed, theta: -5}\n  exposure:"),
                expected: ["spec.yaml:7:33: error: the start θ -5 is outside the estimator's θ range -4 to 4"],
                good: r(a, "  exposure:", "  start: {method: fixed, theta: -1}\n  exposure:")),
            Case(
                name: "strata fit the longest test", bad: r(a, "  exposure:", "  selector: {method: a-stratified, strata: 7}\n  exposure:"),
                expected: ["spec.yaml:7:44: error: 7 strata cannot each get an item in a test of at most 6 items"],
                good: r(a, "  exposure:", "  selector: {method: a-stratified, strata: 3}\n  exposure:")),
            Case(
                name: "a blueprint needs content balancing", bad: r(a, "  exposure:", "  content-balancing: none\n  exposure:") + "\nblueprint: [{block: foundations, share: 100%}]",
                expected: ["spec.yaml:7:22: error: the test has a blueprint but no content balancing; use content-balancing: constrained so that every test meets it"],
                good: a + "\nblueprint: [{block: foundations, share: 100%}]"),
            Case(
                name: "content balancing needs a blueprint", bad: r(a, "  exposure:", "  content-balancing: constrained\n  exposure:"),
                expected: ["spec.yaml:7:22: error: content balancing needs a blueprint to balance to"],
                good: a),
            Case(
                name: "pretest positions match the count and fall within the shortest test", bad: r(a, "positions: [2, 4]", "positions: [2, 2, 6]"),
                expected: [
                    "spec.yaml:9:32: error: the pretest plan lists 3 positions for 2 items",
                    "spec.yaml:9:32: error: the pretest positions repeat a position",
                    "spec.yaml:9:39: error: pretest position 6 is past the end of the shortest test (3 scored + 2 pretest = 5 items)",
                ],
                good: r(a, "positions: [2, 4]", "positions: [2, 5]")),
            Case(
                name: "random pretest positions hold the count within the shortest test", bad: r(a, "positions: [2, 4]", "between: [5, 5]"),
                expected: ["spec.yaml:9:30: error: positions 5–5 cannot hold 2 pretest items"],
                good: r(a, "positions: [2, 4]", "between: [1, 5]")),
            Case(
                name: "a linear test takes no pretest plan", bad: "id: sa\ntitle: SA\npurpose: self-assessment\npool: {modules: [sa], types: [rating]}\nmode: linear\npretest: {count: 1, positions: [1]}\nscoring: {method: rating-profile, need-at-or-below: 2}",
                expected: ["spec.yaml:6:10: error: a linear test delivers its whole pool in order; put pilot items in the pool instead of a pretest plan"],
                good: "id: sa\ntitle: SA\npurpose: self-assessment\npool: {modules: [sa], types: [rating]}\nmode: linear\nscoring: {method: rating-profile, need-at-or-below: 2}"),
            Case(
                name: "the time-out rule suits the mode", bad: m + "\ntime-limit: {minutes: 20, on-expiry: final-estimate}",
                expected: ["spec.yaml:12:38: error: 'final-estimate' decides on θ estimates, which only an adaptive test has; use submit-answered"],
                good: m + "\ntime-limit: {minutes: 20, on-expiry: submit-answered}"),
            Case(
                name: "an adaptive test cannot score unanswered items", bad: r(a, "on-expiry: final-estimate", "on-expiry: submit-answered"),
                expected: ["spec.yaml:10:38: error: an adaptive test cannot score unanswered items; on expiry use final-estimate or recent-estimates"],
                good: r(a, "on-expiry: final-estimate", "on-expiry: recent-estimates, recent-count: 3")),
        ])
    func design(check: Case) {
        #expect(F.messages(check.bad, others: check.others) == check.expected)
        #expect(F.messages(check.good, others: check.goodOthers ?? check.others) == [])
    }

    @Test(
        "blueprint rules",
        arguments: [
            Case(
                name: "exact shares are not mixed with ranges",
                bad: r(m, "{objective: O-1, count: 2}", "{objective: O-1, share: 33.3%}"),
                expected: ["spec.yaml:8:3: error: a blueprint gives every area an exact share, or every area a range (share or count); it cannot mix the two"],
                good: r(r(r(m, "{objective: O-1, count: 2}", "{objective: O-1, share: 33.3%}"), "{objective: O-2, count: 2}", "{objective: O-2, share: 33.3%}"), "{objective: O-3, count: 2}", "{objective: O-3, share: 33.4%}")),
            Case(
                name: "exact shares sum to 100% (±0.5)",
                bad: r(r(r(m, "{objective: O-1, count: 2}", "{objective: O-1, share: 30%}"), "{objective: O-2, count: 2}", "{objective: O-2, share: 30%}"), "{objective: O-3, count: 2}", "{objective: O-3, share: 35%}"),
                expected: ["spec.yaml:8:3: error: the blueprint's shares sum to 95%, not 100% (±0.5)"],
                good: r(r(r(m, "{objective: O-1, count: 2}", "{objective: O-1, share: 33.2%}"), "{objective: O-2, count: 2}", "{objective: O-2, share: 33.2%}"), "{objective: O-3, count: 2}", "{objective: O-3, share: 33.2%}")),
            Case(
                name: "share ranges can make 100%",
                bad: r(r(r(m, "{objective: O-1, count: 2}", "{objective: O-1, share: [10%, 20%]}"), "{objective: O-2, count: 2}", "{objective: O-2, share: [10%, 20%]}"), "{objective: O-3, count: 2}", "{objective: O-3, share: [10%, 20%]}"),
                expected: ["spec.yaml:8:3: error: the blueprint's ranges cannot make 100%: the maximum shares sum to 60%"],
                good: r(r(r(m, "{objective: O-1, count: 2}", "{objective: O-1, share: [30%, 40%]}"), "{objective: O-2, count: 2}", "{objective: O-2, share: [30%, 40%]}"), "{objective: O-3, count: 2}", "{objective: O-3, share: [30%, 40%]}")),
            Case(
                name: "counts can add up to the form length",
                bad: r(m, "form: {length: 6}", "form: {length: 7}"),
                expected: ["spec.yaml:8:3: error: the blueprint cannot be met by a form of 7 items: its areas take at least 6 and at most 6"],
                good: r(m, "{objective: O-3, count: 2}", "{objective: O-3, count: [2, 3]}").replacingOccurrences(of: "form: {length: 6}", with: "form: {length: 7}")),
            Case(
                name: "a share range holds a whole number of items",
                bad: r(r(m, "{objective: O-1, count: 2}", "{objective: O-1, share: [40%, 45%]}"), "form: {length: 6}", "form: {length: 2}"),
                expected: ["spec.yaml:8:5: error: objective 'O-1' has no whole number of items within its range on a form of 2 (1 to 0)"],
                good: r(r(m, "{objective: O-1, count: 2}", "{objective: O-1, share: [40%, 50%]}"), "form: {length: 6}", "form: {length: 6}").replacingOccurrences(of: "{objective: O-2, count: 2}", with: "{objective: O-2, count: [1, 2]}")),
            Case(
                name: "every length of an adaptive test can meet the blueprint",
                bad: a + "\nblueprint: [{block: foundations, count: [4, 4]}]",
                expected: ["spec.yaml:13:12: error: the blueprint cannot be met by a form of 3 items: its areas take at least 4 and at most 4"],
                good: a + "\nblueprint: [{block: foundations, count: [3, 6]}]"),
        ])
    func blueprintRules(check: Case) {
        #expect(F.messages(check.bad, others: check.others) == check.expected)
        #expect(F.messages(check.good, others: check.goodOthers ?? check.others) == [])
    }
}
