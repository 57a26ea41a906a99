import AssessCore
import Testing

@testable import BankFormats

@Suite("Test spec reader")
struct TestSpecReaderTests {
    static func read(_ text: String) -> TestSpecDocument { TestSpecReader.read(text, file: "spec.yaml") }

    @Test("reads every field of an adaptive spec")
    func adaptiveSpec() throws {
        let document = Self.read(
            """
            id: cert-2
            title: Certification
            purpose: certification
            description: |
              Two lines
              of notes.
            pool:
              blocks: [safety, foundations]
              modules: [m1]
              objectives: [O-1]
              tags: [vignette]
              types: [single, true-false]
              security: [secure]
              statuses: [active, pilot]
              include: [X1, X2]
              exclude: [X3]
            mode: adaptive
            adaptive:
              start: {method: previous-attempt, within-days: 180, otherwise: -0.5}
              selector: {method: a-stratified, strata: 4}
              estimator: {method: mle, prior-mean: 0.1, prior-sd: 1.2, theta-range: [-3, 3.5], quadrature-points: 61, until-mixed: eap}
              exposure: {method: sympson-hetter, k: {X1: 0.5, X2: 1}, target-max-exposure: 0.3}
              content-balancing: constrained
              stopping:
                min-items: 50
                max-items: 100
                standard-error: 0.3
                classification: {confidence: 90%}
                sprt: {indifference: 0.25, alpha: 0.1, beta: 0.2}
                combine: all
            blueprint:
              - {block: safety, share: [55%, 65%]}
              - {block: foundations, share: [35, 45]}
            pretest:
              count: 3
              positions: [5, 10, 15]
            time-limit: {minutes: 150, on-expiry: recent-estimates, recent-count: 40}
            shuffle-options: false
            navigation: {skip: false}
            feedback: by-block
            attempts:
              max: 2
              retake-after-days: 60
              retake-after-pass: no
              exclude-seen:
                - {within-days: 365}
                - {tests: [other-test], within-days: 30, enforcement: preferred}
            scoring:
              method: theta
              estimator: {method: eap}
              cut: {theta: -0.25, basis: policy, note: Set by the board.}
              labels: {met: Certified, not-met: Not certified}
            """)
        #expect(document.diagnostics.all.map(\.description) == [])
        let spec = try #require(document.spec)
        let expected = TestSpec(
            id: "cert-2", title: "Certification", purpose: .certification, description: "Two lines\nof notes.",
            pool: ItemPool(
                blocks: [.safety, .foundations], modules: ["m1"], objectives: ["O-1"], tags: ["vignette"], types: [.singleBestAnswer, .trueFalse],
                security: [.secure], statuses: [.active, .pilot], include: ["X1", "X2"], exclude: ["X3"]),
            mode: .adaptive(
                AdaptiveSpec(
                    start: .previousAttempt(withinDays: 180, fallbackTheta: -0.5), selector: .aStratified(strata: 4),
                    estimator: EstimatorSettings(
                        method: .mle, priorMean: 0.1, priorStandardDeviation: 1.2, minimumTheta: -3, maximumTheta: 3.5, quadraturePoints: 61,
                        untilMixedPattern: .eap),
                    exposure: .sympsonHetter(SympsonHetter(parameters: .perItem(["X1": 0.5, "X2": 1]), targetMaximumExposure: 0.3)),
                    contentBalancing: .constrained,
                    stopping: StoppingRules(
                        minimumItems: 50, maximumItems: 100, standardError: 0.3, classification: ConfidenceClassification(confidence: 0.9),
                        sequentialProbabilityRatio: SequentialProbabilityRatioTest(indifference: 0.25, alpha: 0.1, beta: 0.2), combination: .all))),
            blueprint: Blueprint(
                dimension: .block,
                areas: [
                    BlueprintArea("safety", .shareRange(minimumPercent: 55, maximumPercent: 65)),
                    BlueprintArea("foundations", .shareRange(minimumPercent: 35, maximumPercent: 45)),
                ]),
            pretest: PretestSpec(count: 3, placement: .positions([5, 10, 15])),
            timeLimit: TimeLimit(minutes: 150, onExpiry: .recentEstimates(count: 40)), shuffleOptions: false,
            navigation: NavigationPolicy(), feedback: FeedbackPolicy(level: .breakdown, breakdown: .block),
            attempts: AttemptRules(
                maximumAttempts: 2, retakeAfterDays: 60, retakeAfterPass: false,
                excludeSeen: [SeenItemRule(withinDays: 365), SeenItemRule(tests: ["other-test"], withinDays: 30, enforcement: .preferred)]),
            scoring: ScoringPolicy(
                method: .theta(estimator: EstimatorSettings(method: .eap)), cut: CutScore(.theta, -0.25, basis: .policy, note: "Set by the board."),
                labels: MasteryLabels(met: "Certified", notMet: "Not certified")))
        #expect(spec == expected)
        #expect(document.locations["adaptive.stopping.max-items"] == SourceLocation(file: "spec.yaml", line: 26, column: 16))
        #expect(document.locations["blueprint.1"] == SourceLocation(file: "spec.yaml", line: 33, column: 5))
        #expect(document.locations["pool.include.1"] == SourceLocation(file: "spec.yaml", line: 15, column: 17))
        #expect(document.locations["adaptive.exposure.k.X2"] == SourceLocation(file: "spec.yaml", line: 22, column: 51))
    }

    @Test("reads every field of a random-form spec, and the other spellings of its settings")
    func randomFormSpec() throws {
        let document = Self.read(
            """
            id: m1-post
            title: Module 1 post-test
            purpose: module-post
            pool: {modules: [m1]}
            mode: random-form
            form: {length: 12}
            blueprint:
              - {objective: O-1, count: 4}
              - {objective: O-2, count: [3, 5]}
              - {objective: O-3, share: 25%}
            pretest: {count: 2, between: [3, 12]}
            time-limit: 25
            navigation: {skip: true, back: true, flag: true, review: true}
            feedback: {level: keys-and-rationales, revisit-below: 67%}
            attempts: {exclude-seen: [{tests: [m1-pre], within-days: 365, enforcement: required}]}
            scoring:
              method: number-correct
              cut: {raw: 9}
            """)
        #expect(document.diagnostics.all.map(\.description) == [])
        let spec = try #require(document.spec)
        #expect(spec.pool == ItemPool(modules: ["m1"]))
        #expect(spec.mode == .randomForm(RandomForm(length: 12)))
        #expect(
            spec.blueprint?.areas == [
                BlueprintArea("O-1", .countRange(minimum: 4, maximum: 4)), BlueprintArea("O-2", .countRange(minimum: 3, maximum: 5)),
                BlueprintArea("O-3", .share(percent: 25)),
            ])
        #expect(spec.pretest == PretestSpec(count: 2, placement: .randomWithin(first: 3, last: 12)))
        #expect(spec.timeLimit == TimeLimit(minutes: 25, onExpiry: .submitAnswered))
        #expect(spec.shuffleOptions)
        #expect(spec.navigation == NavigationPolicy(skip: true, back: true, flag: true, review: true))
        #expect(spec.feedback == FeedbackPolicy(level: .keysAndRationales, revisitBelowPercent: 67))
        #expect(spec.attempts == AttemptRules(excludeSeen: [SeenItemRule(tests: ["m1-pre"], withinDays: 365)]))
        #expect(spec.scoring == ScoringPolicy(method: .numberCorrect, cut: CutScore(.raw, 9, basis: .provisional)))
    }

    @Test("a linear spec, with the defaults of everything left out")
    func linearDefaults() throws {
        let document = Self.read(
            """
            id: sa
            title: Self-assessment
            purpose: self-assessment
            pool: {types: [rating]}
            mode: linear
            scoring: {method: rating-profile, need-at-or-below: 2}
            """)
        #expect(document.diagnostics.all.map(\.description) == [])
        let spec = try #require(document.spec)
        #expect(spec.mode == .linear(LinearForm(order: .fixed, length: nil)))
        #expect(spec.pool.statuses == [.active])
        #expect(spec.blueprint == nil && spec.pretest == nil && spec.timeLimit == nil && spec.description == nil)
        #expect(spec.shuffleOptions)
        #expect(spec.navigation == NavigationPolicy())
        #expect(spec.feedback == FeedbackPolicy(level: .score))
        #expect(spec.attempts == AttemptRules())
        #expect(spec.scoring == ScoringPolicy(method: .ratingProfile(needAtOrBelow: 2)))
    }

    @Test("adaptive defaults: prior start, maximum information, EAP, no exposure control, balancing when there is a blueprint")
    func adaptiveDefaults() throws {
        let base = """
            id: cat
            title: CAT
            purpose: practice
            pool: {}
            mode: adaptive
            adaptive:
              stopping: {min-items: 10, max-items: 20, standard-error: 0.3}
            scoring: {method: theta}
            """
        let design = try #require(Self.read(base).spec?.mode.adaptiveDesign)
        #expect(design == AdaptiveSpec(start: .prior, stopping: StoppingRules(minimumItems: 10, maximumItems: 20, standardError: 0.3)))
        #expect(time(Self.read(base + "\ntime-limit: 30").spec) == TimeLimit(minutes: 30, onExpiry: .finalEstimate))
        let balanced = Self.read(base + "\nblueprint: [{block: safety, share: 100%}]")
        #expect(balanced.spec?.mode.adaptiveDesign?.contentBalancing == .constrained)
        let scalars = Self.read(base.replacingOccurrences(of: "  stopping:", with: "  start: prior\n  selector: kl\n  exposure: none\n  stopping:"))
        #expect(scalars.diagnostics.all.isEmpty)
        #expect(scalars.spec?.mode.adaptiveDesign?.selector == .kullbackLeibler)
        let fixed = Self.read(base.replacingOccurrences(of: "  stopping:", with: "  start: {method: fixed, theta: -1}\n  exposure: {method: randomesque, k: 3}\n  stopping:"))
        #expect(fixed.spec?.mode.adaptiveDesign?.start == .fixed(theta: -1))
        #expect(fixed.spec?.mode.adaptiveDesign?.exposure == .randomesque(k: 3))
        let file = Self.read(base.replacingOccurrences(of: "  stopping:", with: "  exposure: {method: sympson-hetter, parameters: sh.csv}\n  stopping:"))
        #expect(file.spec?.mode.adaptiveDesign?.exposure == .sympsonHetter(SympsonHetter(parameters: .file("sh.csv"))))
    }

    func time(_ spec: TestSpec?) -> TimeLimit? { spec?.timeLimit }

    @Test("comments, key order, quoting and flow style do not change the content hash")
    func hashIgnoresLayout() throws {
        let block = try #require(
            Self.read(
                """
                # A comment.
                id: t
                title: "T"
                purpose: module-pre
                pool:
                  modules:
                    - m1
                mode: random-form
                form:
                  length: 4
                scoring:
                  method: number-correct
                  cut:
                    percent: 75
                """
            ).spec)
        let flow = try #require(
            Self.read(
                """
                scoring: {cut: {percent: 75%}, method: number-correct}
                form: {length: 4}
                mode: random-form
                pool: {modules: [m1]}
                purpose: module-pre
                title: T
                id: t
                """
            ).spec)
        #expect(block.contentHash == flow.contentHash)
    }
}
