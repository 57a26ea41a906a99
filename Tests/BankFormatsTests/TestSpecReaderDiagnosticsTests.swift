import AssessCore
import Testing

@testable import BankFormats

/// Every class of malformed spec, with the exact message and its file:line:column.
@Suite("Test spec reader diagnostics")
struct TestSpecReaderDiagnosticsTests {
    /// A valid random-form spec; cases replace or add lines.
    static let base = """
        id: t
        title: T
        purpose: module-post
        pool: {modules: [m1]}
        mode: random-form
        form: {length: 4}
        scoring: {method: number-correct}
        """

    static func messages(_ text: String) -> [String] {
        TestSpecReader.read(text, file: "spec.yaml").diagnostics.sorted.map(\.description)
    }

    static func replacing(_ old: String, with new: String) -> String {
        precondition(base.contains(old), "the base spec has no '\(old)'")
        return base.replacingOccurrences(of: old, with: new)
    }

    @Test("the base spec reads cleanly")
    func baseIsValid() {
        #expect(Self.messages(Self.base) == [])
        #expect(TestSpecReader.read(Self.base, file: "spec.yaml").spec != nil)
    }

    @Test(
        "malformed files and top-level fields",
        arguments: [
            ("id: [unclosed", ["spec.yaml:2:1: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 5)"]),
            ("", ["spec.yaml:1:1: error: the file holds no test specification"]),
            ("- a list", ["spec.yaml:1:1: error: a test specification must be a mapping of keys to values"]),
            (
                "{}",
                [
                    "spec.yaml:1:1: error: the test specification has no 'id'", "spec.yaml:1:1: error: the test specification has no 'title'",
                    "spec.yaml:1:1: error: the test specification has no 'purpose'", "spec.yaml:1:1: error: the test specification has no 'pool'",
                    "spec.yaml:1:1: error: the test specification has no 'mode'", "spec.yaml:1:1: error: the test specification has no 'scoring'",
                ]
            ),
            (base + "\ntitel: Typo", ["spec.yaml:8:1: error: unknown key 'titel' in a test specification; did you mean 'title'?"]),
            (replacing("id: t", with: "id: Module_1"), ["spec.yaml:1:5: error: 'id' must be lower-case letters, digits and hyphens, starting with a letter or digit, not 'Module_1'"]),
            (
                replacing("purpose: module-post", with: "purpose: modul-post"),
                ["spec.yaml:3:10: error: 'purpose' must be one of module-pre, module-post, certification, self-assessment, practice, not 'modul-post'; did you mean 'module-post'?"]
            ),
            (replacing("mode: random-form", with: "mode: random"), ["spec.yaml:5:7: error: 'mode' must be one of linear, random-form, adaptive, not 'random'"]),
            (replacing("mode: random-form", with: "mode: adaptiv"), ["spec.yaml:5:7: error: 'mode' must be one of linear, random-form, adaptive, not 'adaptiv'; did you mean 'adaptive'?"]),
            (replacing("title: T", with: "title: [T]"), ["spec.yaml:2:8: error: 'title' must be text"]),
            (replacing("title: T", with: "title:"), ["spec.yaml:2:7: error: 'title' is empty"]),
            (base + "\nshuffle-options: maybe", ["spec.yaml:8:18: error: 'shuffle-options' must be true or false, not 'maybe'"]),
        ])
    func topLevel(text: String, expected: [String]) {
        #expect(Self.messages(text) == expected)
    }

    @Test(
        "malformed pools and forms",
        arguments: [
            (replacing("pool: {modules: [m1]}", with: "pool: {module: [m1]}"), ["spec.yaml:4:8: error: unknown key 'module' in the pool; did you mean 'modules'?"]),
            (
                replacing("pool: {modules: [m1]}", with: "pool: {blocks: [safty], types: [single, rating-scale]}"),
                [
                    "spec.yaml:4:17: error: each entry of 'blocks' must be one of foundations, safety, risk-and-service-planning, permanency-and-well-being, legal-and-courtroom, not 'safty'; did you mean 'safety'?",
                    "spec.yaml:4:41: error: each entry of 'types' must be one of single, multiple, true-false, rating, not 'rating-scale'",
                ]
            ),
            (
                replacing("pool: {modules: [m1]}", with: "pool: {statuses: [active, retired]}"),
                ["spec.yaml:4:27: error: 'statuses' cannot include 'retired': draft and retired items are never delivered"]
            ),
            (replacing("pool: {modules: [m1]}", with: "pool: {modules: {m1: yes}}"), ["spec.yaml:4:17: error: 'modules' must be a list"]),
            (replacing("pool: {modules: [m1]}", with: "pool: [m1]"), ["spec.yaml:4:7: error: the pool must be a mapping of keys to values"]),
            (replacing("form: {length: 4}", with: "form: {length: four}"), ["spec.yaml:6:16: error: 'length' must be a whole number, not 'four'"]),
            (replacing("form: {length: 4}", with: "form: {length: 0}"), ["spec.yaml:6:16: error: 'length' must be at least 1, not 0"]),
            (replacing("form: {length: 4}", with: "form: {order: fixed}"), [
                "spec.yaml:6:7: error: a random-form test needs 'form' with 'length' (the number of scored items)",
                "spec.yaml:6:8: error: 'order' applies to linear tests; a random form is always delivered shuffled, stimulus sets together",
            ]),
            (replacing("form: {length: 4}", with: "adaptive: {}"), [
                "spec.yaml:5:7: error: a random-form test needs 'form' with 'length' (the number of scored items)",
                "spec.yaml:6:1: error: 'adaptive' applies only to mode adaptive, not random-form",
            ]),
            (replacing("mode: random-form", with: "mode: linear").replacingOccurrences(of: "{length: 4}", with: "{order: random}"), [
                "spec.yaml:6:15: error: 'order' must be one of fixed, shuffled, not 'random'"
            ]),
            (replacing("mode: random-form", with: "mode: adaptive"), [
                "spec.yaml:5:7: error: an adaptive test needs an 'adaptive' section (at least 'stopping' with 'min-items' and 'max-items')",
                "spec.yaml:6:1: error: 'form' applies to linear and random-form tests; an adaptive test is set up under 'adaptive'",
            ]),
        ])
    func poolAndForm(text: String, expected: [String]) {
        #expect(Self.messages(text) == expected)
    }

    @Test(
        "malformed blueprints",
        arguments: [
            (base + "\nblueprint: {block: safety}", ["spec.yaml:8:12: error: 'blueprint' must be a list of areas, such as - {block: safety, share: 30%}"]),
            (base + "\nblueprint: []", ["spec.yaml:8:12: error: 'blueprint' lists no areas"]),
            (base + "\nblueprint: [{share: 50%}]", ["spec.yaml:8:13: error: a blueprint area names one block, module or objective"]),
            (base + "\nblueprint: [{module: m1, objective: O-1, count: 2}]", ["spec.yaml:8:13: error: a blueprint area names one of block, module or objective, not 'module' and 'objective'"]),
            (base + "\nblueprint: [{objective: O-1, count: 2}, {module: m1, count: 2}]", ["spec.yaml:8:42: error: every area of a blueprint names the same level: this one names a module, the first named a objective"]),
            (base + "\nblueprint: [{objective: O-1, count: 2}, {objective: O-1, count: 2}]", ["spec.yaml:8:53: error: objective 'O-1' is already in the blueprint (at spec.yaml:8:13)"]),
            (base + "\nblueprint: [{block: safe, share: 50%}]", ["spec.yaml:8:21: error: 'block' must be one of foundations, safety, risk-and-service-planning, permanency-and-well-being, legal-and-courtroom, not 'safe'"]),
            (base + "\nblueprint: [{objective: O-1, share: 50%, count: 2}]", ["spec.yaml:8:13: error: a blueprint area gives either 'share' or 'count'"]),
            (base + "\nblueprint: [{objective: O-1}]", ["spec.yaml:8:13: error: a blueprint area gives either 'share' or 'count'"]),
            (base + "\nblueprint: [{objective: O-1, share: half}]", ["spec.yaml:8:37: error: 'share' must be a percentage such as 20%, not 'half'"]),
            (base + "\nblueprint: [{objective: O-1, share: 120%}]", ["spec.yaml:8:37: error: 'share' must be between 0% and 100%, not 120%"]),
            (base + "\nblueprint: [{objective: O-1, share: [60%, 40%]}]", ["spec.yaml:8:37: error: a 'share' range is lowest first, not 60% to 40%"]),
            (base + "\nblueprint: [{objective: O-1, share: [10%, 20%, 30%]}]", ["spec.yaml:8:37: error: a 'share' range is two values, lowest first, such as [13%, 17%]"]),
            (base + "\nblueprint: [{objective: O-1, count: -1}]", ["spec.yaml:8:37: error: 'count' must be a whole number of items, not '-1'"]),
            (base + "\nblueprint: [{objective: O-1, count: [4, 2]}]", ["spec.yaml:8:37: error: a 'count' range is lowest first, not 4 to 2"]),
        ])
    func blueprint(text: String, expected: [String]) {
        #expect(Self.messages(text) == expected)
    }

    static let adaptiveBase = """
        id: cat
        title: CAT
        purpose: practice
        pool: {}
        mode: adaptive
        adaptive:
          stopping: {min-items: 10, max-items: 20, standard-error: 0.3}
        scoring: {method: theta}
        """

    static func adaptive(_ old: String, _ new: String) -> String {
        precondition(adaptiveBase.contains(old), "the adaptive base has no '\(old)'")
        return adaptiveBase.replacingOccurrences(of: old, with: new)
    }

    @Test(
        "malformed adaptive designs",
        arguments: [
            (adaptive("  stopping: {min-items: 10, max-items: 20, standard-error: 0.3}", "  selector: kl"), ["spec.yaml:7:3: error: the adaptive design has no 'stopping' (at least 'min-items' and 'max-items')"]),
            (adaptive("min-items: 10, ", ""), ["spec.yaml:7:13: error: the stopping rules have no 'min-items'"]),
            (adaptive("  stopping:", "  selector: max-information\n  stopping:"), ["spec.yaml:7:13: error: 'selector' must be one of max-info, kl, a-stratified, not 'max-information'"]),
            (adaptive("  stopping:", "  selector: {method: maxinfo}\n  stopping:"), ["spec.yaml:7:22: error: 'selector' must be one of max-info, kl, a-stratified, not 'maxinfo'; did you mean 'max-info'?"]),
            (adaptive("  stopping:", "  selector: {strata: 4}\n  stopping:"), ["spec.yaml:7:13: error: the selector has no 'method'"]),
            (adaptive("  stopping:", "  selector: a-stratified\n  stopping:"), ["spec.yaml:7:13: error: the selector 'a-stratified' needs 'strata' (the number of strata, at least 2)"]),
            (adaptive("  stopping:", "  selector: {method: a-stratified, strata: 1}\n  stopping:"), ["spec.yaml:7:44: error: 'strata' must be at least 2, not 1"]),
            (adaptive("  stopping:", "  selector: {method: kl, strata: 5}\n  stopping:"), ["spec.yaml:7:26: error: 'strata' does not apply to the selector 'kl'"]),
            (adaptive("  stopping:", "  selector: {method: kl, k: 5}\n  stopping:"), ["spec.yaml:7:26: error: unknown key 'k' in the selector (allowed: method, strata)"]),
            (adaptive("  stopping:", "  start: {method: fixed}\n  stopping:"), ["spec.yaml:7:10: error: the start rule 'fixed' needs 'theta'"]),
            (adaptive("  stopping:", "  start: {method: previous-attempt, otherwise: high}\n  stopping:"), ["spec.yaml:7:48: error: 'otherwise' must be a θ value or 'prior', not 'high'"]),
            (adaptive("  stopping:", "  exposure: randomesque\n  stopping:"), ["spec.yaml:7:13: error: exposure control 'randomesque' needs 'k' (choose among the k best items)"]),
            (
                adaptive("  stopping:", "  exposure: {method: sympson-hetter, parameters: sh.csv, k: {X1: 0.5}}\n  stopping:"),
                ["spec.yaml:7:13: error: exposure control 'sympson-hetter' needs either 'parameters' (a CSV file item_id,k) or 'k' (a mapping of item ids to k), not both"]
            ),
            (
                adaptive("  stopping:", "  exposure: {method: sympson-hetter, k: {X1: 1.5, X2: 0}}\n  stopping:"),
                [
                    "spec.yaml:7:46: error: the Sympson–Hetter k of 'X1' must be a probability above 0 and at most 1, not '1.5'",
                    "spec.yaml:7:55: error: the Sympson–Hetter k of 'X2' must be a probability above 0 and at most 1, not '0'",
                ]
            ),
            (adaptive("  stopping:", "  exposure: {method: sympson-hetter, k: [X1]}\n  stopping:"), ["spec.yaml:7:41: error: 'k' must map item ids to probabilities, such as {CERT-SAF-001: 0.6}"]),
            (adaptive("  stopping:", "  content-balancing: kingsbury\n  stopping:"), ["spec.yaml:7:22: error: 'content-balancing' must be one of none, constrained, not 'kingsbury'"]),
            (
                adaptive("  stopping:", "  estimator: {method: ml, prior-sd: 0, theta-range: [4, -4], quadrature-points: 1}\n  stopping:"),
                [
                    "spec.yaml:7:23: error: 'method' must be one of mle, map, eap, wle, not 'ml'; did you mean 'mle'?",
                    "spec.yaml:7:37: error: 'prior-sd' must be above 0, not 0",
                    "spec.yaml:7:53: error: 'theta-range' must be two numbers, lowest first, such as [-4, 4]",
                    "spec.yaml:7:81: error: 'quadrature-points' must be at least 2, not 1",
                ]
            ),
            (adaptive("standard-error: 0.3", "standard-error: -0.3"), ["spec.yaml:7:60: error: 'standard-error' must be above 0, not -0.3"]),
            (
                adaptive("standard-error: 0.3}", "classification: {confidence: 0.95}, sprt: {alpha: 0.6}, combine: both}"),
                [
                    "spec.yaml:7:73: error: 'confidence' must be above 50% and below 100%, not 0.95%",
                    "spec.yaml:7:86: error: the SPRT rule needs 'indifference' (the half-width δ around the cut θ)",
                    "spec.yaml:7:109: error: 'combine' must be one of any, all, not 'both'",
                ]
            ),
        ])
    func adaptiveDesign(text: String, expected: [String]) {
        #expect(Self.messages(text) == expected)
    }

    @Test(
        "malformed policies: pretest, time limit, navigation, feedback, attempts, scoring",
        arguments: [
            (base + "\npretest: {count: 2}", ["spec.yaml:8:10: error: the pretest plan gives either 'positions' (a list) or 'between' (a first and last position)"]),
            (base + "\npretest: {positions: [1]}", ["spec.yaml:8:10: error: the pretest plan has no 'count'"]),
            (base + "\npretest: {count: 1, positions: [first]}", ["spec.yaml:8:33: error: each entry of 'positions' must be a position (1 or more), not 'first'"]),
            (base + "\npretest: {count: 1, between: [9, 3]}", ["spec.yaml:8:30: error: 'between' must be a first and a last position, such as [5, 60]"]),
            (base + "\ntime-limit: soon", ["spec.yaml:8:13: error: 'time-limit' must be a whole number, not 'soon'"]),
            (base + "\ntime-limit: {on-expiry: submit-answered}", ["spec.yaml:8:13: error: the time limit has no 'minutes'"]),
            (
                base + "\ntime-limit: {minutes: 30, on-expiry: submit}",
                ["spec.yaml:8:38: error: 'on-expiry' must be one of submit-answered, final-estimate, recent-estimates, not 'submit'"]
            ),
            (
                base + "\ntime-limit: {minutes: 30, on-expiry: recent-estimates}",
                ["spec.yaml:8:38: error: 'on-expiry: recent-estimates' needs 'recent-count' (how many of the last θ estimates must be above the cut)"]
            ),
            (base + "\ntime-limit: {minutes: 30, recent-count: 5}", ["spec.yaml:8:27: error: 'recent-count' applies only to 'on-expiry: recent-estimates'"]),
            (base + "\nnavigation: {skip: true, jump: true}", ["spec.yaml:8:26: error: unknown key 'jump' in the navigation rules (allowed: skip, back, flag, review)"]),
            (
                base + "\nfeedback: by-objectives",
                ["spec.yaml:8:11: error: 'feedback' must be one of none, score, by-block, by-module, by-objective, keys-and-rationales, not 'by-objectives'; did you mean 'by-objective'?"]
            ),
            (base + "\nfeedback: {revisit-below: 50%}", ["spec.yaml:8:11: error: the feedback policy has no 'level'"]),
            (base + "\nattempts: {max: 0, retake-after-days: -1}", [
                "spec.yaml:8:17: error: 'max' must be at least 1, not 0", "spec.yaml:8:39: error: 'retake-after-days' must be at least 0, not -1",
            ]),
            (base + "\nattempts: {exclude-seen: [{tests: [t]}]}", ["spec.yaml:8:27: error: an exclude-seen rule has no 'within-days'"]),
            (
                base + "\nattempts: {exclude-seen: [{within-days: 30, enforcement: strict}]}",
                ["spec.yaml:8:58: error: 'enforcement' must be one of required, preferred, not 'strict'"]
            ),
            (
                replacing("scoring: {method: number-correct}", with: "scoring: {method: percent-correct}"),
                ["spec.yaml:7:19: error: 'method' must be one of number-correct, theta, rating-profile, not 'percent-correct'"]
            ),
            (
                replacing("scoring: {method: number-correct}", with: "scoring: {method: rating-profile}"),
                ["spec.yaml:7:19: error: 'rating-profile' scoring needs 'need-at-or-below' (the rating at or below which a statement is a development need)"]
            ),
            (
                replacing("scoring: {method: number-correct}", with: "scoring: {method: number-correct, estimator: {method: eap}, need-at-or-below: 2}"),
                [
                    "spec.yaml:7:35: error: 'estimator' applies only to 'theta' scoring",
                    "spec.yaml:7:61: error: 'need-at-or-below' applies only to 'rating-profile' scoring",
                ]
            ),
            (
                replacing("scoring: {method: number-correct}", with: "scoring: {method: number-correct, cut: {percent: 80, raw: 12}}"),
                ["spec.yaml:7:40: error: the cut gives exactly one of 'percent', 'raw' or 'theta'"]
            ),
            (
                replacing("scoring: {method: number-correct}", with: "scoring: {method: number-correct, cut: {percent: 180%, basis: polcy}}"),
                [
                    "spec.yaml:7:50: error: 'percent' must be between 0% and 100%, not 180%",
                    "spec.yaml:7:63: error: 'basis' must be one of provisional, policy, not 'polcy'; did you mean 'policy'?",
                ]
            ),
            (
                replacing("scoring: {method: number-correct}", with: "scoring: {method: number-correct, labels: {met: Pass}}"),
                ["spec.yaml:7:43: error: the labels has no 'not-met'"]
            ),
        ])
    func policies(text: String, expected: [String]) {
        #expect(Self.messages(text) == expected)
    }
}
