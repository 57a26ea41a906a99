import AssessCore
import Testing

@testable import BankFormats

/// The checks against a bank and across specs, each failing and passing.
@Suite("Test spec validator against a bank")
struct TestSpecValidatorBankTests {
    typealias F = TestSpecFixtures
    typealias Case = TestSpecValidatorTests.Case

    static let m = F.modulePost
    static let a = F.adaptive
    static func r(_ text: String, _ old: String, _ new: String) -> String { F.replacing(text, old, new) }

    /// A pre-test drawing 2 items from each objective of module m1.
    static let modulePre = r(r(m, "id: m1-post", "id: m1-pre"), "purpose: module-post", "purpose: module-pre")

    @Test(
        "the pool names what the bank has, and is not empty",
        arguments: [
            Case(
                name: "an unknown module, with a suggestion", bad: r(m, "modules: [m1]", "modules: [m3]"),
                expected: [
                    "spec.yaml:4:7: error: the pool selects no items from the bank",
                    "spec.yaml:4:18: error: the pool names module 'm3', which no item in the bank has; did you mean 'm1'?",
                ],
                good: m),
            Case(
                name: "listed items exist and can be delivered", bad: r(m, "types: [true-false]}", "types: [true-false], include: [A9, Z1], exclude: [Q7]}"),
                expected: [
                    "spec.yaml:4:54: error: the pool includes item 'A9', which is not in the bank; did you mean 'A1'?",
                    "spec.yaml:4:58: error: the pool includes item 'Z1', which is retired and never delivered",
                    "spec.yaml:4:73: warning: the pool excludes item 'Q7', which is not in the bank",
                ],
                good: r(m, "types: [true-false]}", "types: [true-false], include: [A1], exclude: [B6]}")),
            Case(
                name: "an objective or tag no item has", bad: r(m, "types: [true-false]}", "types: [true-false], objectives: [O-1, O-9], tags: [case]}"),
                expected: [
                    "spec.yaml:4:7: error: the pool selects no items from the bank",
                    "spec.yaml:4:62: error: the pool names objective 'O-9', which no item in the bank has; did you mean 'O-1'?",
                    "spec.yaml:4:75: error: the pool names tag 'case', which no item in the bank has",
                ],
                good: m),
        ])
    func poolReferences(check: Case) {
        #expect(F.messages(check.bad, others: check.others) == check.expected)
        #expect(F.messages(check.good, others: check.goodOthers ?? check.others) == [])
    }

    static let selfAssessment = "id: sa\ntitle: SA\npurpose: self-assessment\npool: {modules: [sa], types: [rating]}\nmode: linear\nscoring: {method: rating-profile, need-at-or-below: 2}"

    @Test(
        "the pool's items suit the scoring, the mode, the feedback and the settings",
        arguments: [
            Case(
                name: "number-correct scoring cannot score ratings", bad: r(m, "pool: {modules: [m1], types: [true-false]}", "pool: {modules: [m1, sa]}"),
                expected: [
                    "spec.yaml:4:7: error: the pool holds 2 rating statements (R1, R2), which number-correct scoring cannot score; add 'types: [single, multiple, true-false]' to the pool",
                    "spec.yaml:8:3: warning: 2 scored pool items are in no blueprint area and never drawn (R1, R2)",
                ],
                good: m),
            Case(
                name: "a rating profile reads only ratings", bad: r(selfAssessment, "modules: [sa], types: [rating]", "modules: [sa, m1]"),
                expected: [
                    "spec.yaml:4:7: error: the pool holds 15 items that are not rating statements (A1, A2, A3, …), but rating-profile scoring reads ratings; add 'types: [rating]' to the pool",
                    "spec.yaml:4:7: error: the pool holds both 'B1' and its enemy 'B2', and a linear test delivers every pool item",
                ],
                good: selfAssessment),
            Case(
                name: "θ scoring needs IRT parameters", bad: r(m, "scoring: {method: number-correct, cut: {percent: 80}}", "scoring: {method: theta}"),
                expected: ["spec.yaml:11:19: error: θ scoring needs IRT parameters of a dichotomous model (rasch, 2pl, 3pl) on every scored item, but 15 items have none (A1, A2, A3, …)"],
                good: m),
            Case(
                name: "a linear test's stated length is the pool's", bad: selfAssessment.replacingOccurrences(of: "mode: linear", with: "mode: linear\nform: {length: 3}"),
                expected: ["spec.yaml:6:16: error: the pool holds 2 items, not the 3 that 'length' expects"],
                good: selfAssessment.replacingOccurrences(of: "mode: linear", with: "mode: linear\nform: {length: 2}")),
            Case(
                name: "a linear test cannot hold an enemy pair",
                bad: "id: l\ntitle: L\npurpose: practice\npool: {objectives: [O-2]}\nmode: linear\nscoring: {method: number-correct}",
                expected: ["spec.yaml:4:7: error: the pool holds both 'B1' and its enemy 'B2', and a linear test delivers every pool item"],
                good: "id: l\ntitle: L\npurpose: practice\npool: {objectives: [O-2], exclude: [B2]}\nmode: linear\nscoring: {method: number-correct}"),
            Case(
                name: "keys are never shown for secure items", bad: r(r(a, "purpose: certification", "purpose: practice"), "feedback: by-block", "feedback: keys-and-rationales"),
                expected: ["spec.yaml:11:11: error: the pool holds 10 secure items (S1, S2, S3, …), whose keys are never shown; choose a lower feedback level or a practice pool"],
                good: m + "\nfeedback: keys-and-rationales"),
            Case(
                name: "randomesque k fits the pool", bad: r(a, "k: 3", "k: 9"),
                expected: ["spec.yaml:7:38: error: randomesque k 9 is more than the pool's 8 scored items"],
                good: r(a, "k: 3", "k: 8")),
            Case(
                name: "Sympson–Hetter names pool items", bad: r(a, "{method: randomesque, k: 3}", "{method: sympson-hetter, k: {S1: 0.5, A1: 0.5}}"),
                expected: ["spec.yaml:7:51: error: the Sympson–Hetter table names 'A1', which is not a scored item of the pool"],
                good: r(a, "{method: randomesque, k: 3}", "{method: sympson-hetter, k: {S1: 0.5, S2: 0.5}}")),
            Case(
                name: "the pool holds the pretest items", bad: r(a, "statuses: [active, pilot]", "statuses: [active]"),
                expected: ["spec.yaml:9:18: error: the pretest plan delivers 2 pilot items per attempt, but the pool has 0 (allow them with 'statuses: [active, pilot]')"],
                good: a),
            Case(
                name: "pilot items in the pool are delivered by a pretest plan", bad: r(a, "pretest: {count: 2, positions: [2, 4]}\n", ""),
                expected: ["spec.yaml:4:35: warning: the pool holds 2 pilot items (P1, P2), but no pretest plan delivers them"],
                good: r(a, "pretest: {count: 2, positions: [2, 4]}\n", "pretest: {count: 1, positions: [2]}\n")),
            Case(
                name: "the pool holds an adaptive test's maximum length", bad: r(a, "max-items: 6", "max-items: 9"),
                expected: ["spec.yaml:8:39: error: the pool has 8 scored items, fewer than max-items 9"],
                good: r(a, "max-items: 6", "max-items: 8")),
        ])
    func poolItems(check: Case) {
        #expect(F.messages(check.bad, others: check.others) == check.expected)
        #expect(F.messages(check.good, others: check.goodOthers ?? check.others) == [])
    }

    @Test(
        "the pool can supply the blueprint, enemies, stimulus sets and exclusions included",
        arguments: [
            Case(
                name: "an area the pool does not have, with a suggestion", bad: r(m, "{objective: O-3, count: 2}", "{objective: O3, count: 2}"),
                expected: [
                    "spec.yaml:8:3: warning: 6 scored pool items are in no blueprint area and never drawn (C1, C2, C3, …)",
                    "spec.yaml:10:5: error: objective 'O3' has no scored items in the pool; did you mean 'O-3'?",
                ],
                good: m),
            Case(
                name: "an objective with too few items for its count",
                bad: r(r(m, "{objective: O-1, count: 2}", "{objective: O-1, count: 4}"), "{objective: O-3, count: 2}", "{objective: O-3, count: 0}"),
                expected: ["spec.yaml:8:5: error: objective 'O-1' needs 4 items on a 6-item form, but the pool has only 3"],
                good: r(r(m, "{objective: O-1, count: 2}", "{objective: O-1, count: 3}"), "{objective: O-3, count: 2}", "{objective: O-3, count: 1}")),
            Case(
                name: "a share an objective cannot supply (a third of 12 items from an objective with 3)",
                bad: r(r(r(r(m, "form: {length: 6}", "form: {length: 12}"), "{objective: O-1, count: 2}", "{objective: O-1, share: 33.3%}"), "{objective: O-2, count: 2}", "{objective: O-2, share: 33.3%}"), "{objective: O-3, count: 2}", "{objective: O-3, share: 33.4%}"),
                expected: ["spec.yaml:8:5: error: objective 'O-1' needs 4 items on a 12-item form, but the pool has only 3"],
                good: r(r(r(r(m, "form: {length: 6}", "form: {length: 12}"), "{objective: O-1, count: 2}", "{objective: O-1, share: 25%}"), "{objective: O-2, count: 2}", "{objective: O-2, share: 41.7%}"), "{objective: O-3, count: 2}", "{objective: O-3, share: 33.3%}")),
            Case(
                name: "enemies leave too few items in an area",
                bad: r(r(r(m, "{objective: O-2, count: 2}", "{objective: O-2, count: 6}"), "{objective: O-1, count: 2}", "{objective: O-1, count: 0}"), "{objective: O-3, count: 2}", "{objective: O-3, count: 0}"),
                expected: [
                    "spec.yaml:6:16: error: a 6-item form needs 6 items that can share it, but enemies and stimulus sets leave at most 5 of the pool's 15",
                    "spec.yaml:9:5: error: objective 'O-2' needs 6 items on a 6-item form, but only 5 of its 6 pool items can share one form (enemies, stimulus sets or the area's maximum rule out the rest)",
                ],
                good: r(r(r(m, "{objective: O-2, count: 2}", "{objective: O-2, count: 5}"), "{objective: O-1, count: 2}", "{objective: O-1, count: 1}"), "{objective: O-3, count: 2}", "{objective: O-3, count: 0}")),
            Case(
                name: "a stimulus set larger than its area's maximum is never drawn",
                bad: r(r(r(m, "{objective: O-3, count: 2}", "{objective: O-3, count: 3}"), "{objective: O-1, count: 2}", "{objective: O-1, count: 1}"), "{objective: O-2, count: 2}", "{objective: O-2, count: 2}"),
                expected: ["spec.yaml:10:5: error: objective 'O-3' needs 3 items on a 6-item form, but only 2 of its 6 pool items can share one form (enemies, stimulus sets or the area's maximum rule out the rest)"],
                good: r(r(r(m, "{objective: O-3, count: 2}", "{objective: O-3, count: 4}"), "{objective: O-1, count: 2}", "{objective: O-1, count: 1}"), "{objective: O-2, count: 2}", "{objective: O-2, count: 1}")),
            Case(
                name: "without a blueprint, enemies can leave too few items for the form",
                bad: "id: r\ntitle: R\npurpose: practice\npool: {objectives: [O-2]}\nmode: random-form\nform: {length: 6}\nscoring: {method: number-correct}",
                expected: ["spec.yaml:6:16: error: a 6-item form needs 6 items that can share it, but enemies and stimulus sets leave at most 5 of the pool's 6"],
                good: "id: r\ntitle: R\npurpose: practice\npool: {objectives: [O-2]}\nmode: random-form\nform: {length: 5}\nscoring: {method: number-correct}"),
            Case(
                name: "a form longer than the pool", bad: r(m, "form: {length: 6}", "form: {length: 16}"),
                expected: [
                    "spec.yaml:6:16: error: the pool has 15 scored items, fewer than the form length 16",
                    "spec.yaml:8:3: error: the blueprint cannot be met by a form of 16 items: its areas take at least 6 and at most 6",
                ],
                good: m),
            Case(
                name: "the post-test cannot repeat pre-test items the objective cannot spare",
                bad: m + "\nattempts: {exclude-seen: [{tests: [m1-pre], within-days: 365}]}",
                expected: [
                    "spec.yaml:12:27: error: objective 'O-1' needs 2 items on a 6-item form, but 'm1-pre' may already have shown 2 of its 3 usable pool items (exclude-seen, required), leaving 1",
                    "spec.yaml:12:27: error: objective 'O-3' needs 2 items on a 6-item form, but 'm1-pre' may already have shown 2 of its 2 usable pool items (exclude-seen, required), leaving 0",
                ],
                good: m + "\nattempts: {exclude-seen: [{tests: [m1-pre], within-days: 365, enforcement: preferred}]}",
                others: [modulePre]),
            Case(
                name: "a retake that must avoid its own earlier items",
                bad: m + "\nattempts: {exclude-seen: [{within-days: 30}]}",
                expected: [
                    "spec.yaml:12:27: error: objective 'O-1' needs 2 items on a 6-item form, but earlier attempts at this test may already have shown 2 of its 3 usable pool items (exclude-seen, required), leaving 1",
                    "spec.yaml:12:27: error: objective 'O-3' needs 2 items on a 6-item form, but earlier attempts at this test may already have shown 2 of its 2 usable pool items (exclude-seen, required), leaving 0",
                ],
                good: r(r(r(m, "{objective: O-1, count: 2}", "{objective: O-1, count: 1}"), "{objective: O-3, count: 2}", "{objective: O-3, count: 0}"), "form: {length: 6}", "form: {length: 3}")
                    + "\nattempts: {exclude-seen: [{within-days: 30}]}"),
        ])
    func supply(check: Case) {
        #expect(F.messages(check.bad, others: check.others) == check.expected)
        #expect(F.messages(check.good, others: check.goodOthers ?? check.others) == [])
    }

    @Test(
        "across specs: unique ids, and exclude-seen names real tests",
        arguments: [
            Case(
                name: "two specs with one id", bad: m, expected: ["other-1.yaml:1:5: error: test id 'm1-post' is already used by spec.yaml:1:5"], good: m,
                others: [m], goodOthers: [modulePre]),
            Case(
                name: "exclude-seen names an unknown test, with a suggestion", bad: m + "\nattempts: {exclude-seen: [{tests: [m1-pr], within-days: 365}]}",
                expected: ["spec.yaml:12:36: error: exclude-seen names test 'm1-pr', which no specification defines; did you mean 'm1-pre'?"],
                good: m + "\nattempts: {exclude-seen: [{tests: [m1-pre], within-days: 365, enforcement: preferred}]}", others: [modulePre]),
        ])
    func acrossSpecs(check: Case) {
        #expect(F.messages(check.bad, others: check.others) == check.expected)
        #expect(F.messages(check.good, others: check.goodOthers ?? check.others) == [])
    }

    @Test("without a bank only the design is checked")
    func noBank() {
        #expect(F.messages(Self.r(Self.m, "modules: [m1]", "modules: [m3]"), bank: nil) == [])
        #expect(F.messages(Self.r(Self.m, "form: {length: 6}", "form: {length: 7}"), bank: nil) == ["spec.yaml:8:3: error: the blueprint cannot be met by a form of 7 items: its areas take at least 6 and at most 6"])
    }
}
