import Testing

@testable import AssessCore

@Suite("Test spec")
struct TestSpecTests {
    /// A spec that sets every part, so that a change anywhere can be seen in its hash.
    static let sample = TestSpec(
        id: "sample", title: "Sample", purpose: .certification, description: "For tests.",
        pool: ItemPool(blocks: [.safety], security: [.secure], statuses: [.active, .pilot]),
        mode: .adaptive(
            AdaptiveSpec(
                start: .previousAttempt(withinDays: 365, fallbackTheta: nil), selector: .aStratified(strata: 4),
                estimator: EstimatorSettings(method: .eap, quadraturePoints: 41, untilMixedPattern: nil),
                exposure: .sympsonHetter(SympsonHetter(parameters: .perItem(["Q1": 0.5, "Q2": 0.8]), targetMaximumExposure: 0.3)),
                contentBalancing: .constrained,
                stopping: StoppingRules(
                    minimumItems: 60, maximumItems: 120, standardError: 0.3, classification: ConfidenceClassification(confidence: 0.95),
                    sequentialProbabilityRatio: SequentialProbabilityRatioTest(indifference: 0.2), combination: .all))),
        blueprint: Blueprint(dimension: .objective, areas: [BlueprintArea("O-1", .shareRange(minimumPercent: 40, maximumPercent: 60)), BlueprintArea("O-2", .countRange(minimum: 2, maximum: 70))]),
        pretest: PretestSpec(count: 8, placement: .randomWithin(first: 5, last: 68)),
        timeLimit: TimeLimit(minutes: 180, onExpiry: .recentEstimates(count: 60)), shuffleOptions: true,
        navigation: NavigationPolicy(), feedback: FeedbackPolicy(level: .breakdown, breakdown: .block),
        attempts: AttemptRules(maximumAttempts: 3, retakeAfterDays: 30, retakeAfterPass: false, excludeSeen: [SeenItemRule(withinDays: 365)]),
        scoring: ScoringPolicy(
            method: .theta(estimator: nil), cut: CutScore(.theta, 0, basis: .provisional, note: "Until Angoff."),
            labels: MasteryLabels(met: "Pass", notMet: "Fail")))

    @Test("the content hash is pinned: a change of the encoding is a reviewed diff, since attempts record it")
    func pinnedHash() {
        #expect(Self.sample.contentHash == "a8dd5e9401d8e75831c8a31d7c4b9991d84486be04ec2950ea0096a15e5d2c2f")
    }

    @Test("the content hash is the SHA-256 of the canonical encoding and does not depend on dictionary order")
    func hashIsCanonical() throws {
        let bytes = try CanonicalJSONEncoder().encode(Self.sample)
        #expect(Self.sample.contentHash == SHA256Hex.digest(of: bytes))
        var reordered = Self.sample
        if case .adaptive(var design) = reordered.mode {
            design.exposure = .sympsonHetter(SympsonHetter(parameters: .perItem(["Q2": 0.8, "Q1": 0.5]), targetMaximumExposure: 0.3))
            reordered.mode = .adaptive(design)
        }
        #expect(reordered.contentHash == Self.sample.contentHash)
    }

    /// One change to a spec, named for the test report.
    struct Change: Sendable, CustomTestStringConvertible {
        var name: String
        var apply: @Sendable (inout TestSpec) -> Void
        var testDescription: String { name }
    }

    static func adaptive(_ change: @escaping @Sendable (inout AdaptiveSpec) -> Void) -> @Sendable (inout TestSpec) -> Void {
        { spec in
            guard case .adaptive(var design) = spec.mode else { return }
            change(&design)
            spec.mode = .adaptive(design)
        }
    }

    @Test(
        "any change of meaning changes the content hash",
        arguments: [
            Change(name: "title") { $0.title = "Sample 2" },
            Change(name: "purpose") { $0.purpose = .practice },
            Change(name: "description") { $0.description = nil },
            Change(name: "pool status") { $0.pool.statuses = [.active] },
            Change(name: "pool exclusion") { $0.pool.exclude = ["Q9"] },
            Change(name: "mode") { $0.mode = .randomForm(RandomForm(length: 60)) },
            Change(name: "start") { spec in adaptive { $0.start = .fixed(theta: 0) }(&spec) },
            Change(name: "selector") { spec in adaptive { $0.selector = .aStratified(strata: 5) }(&spec) },
            Change(name: "estimator") { spec in adaptive { $0.estimator.priorStandardDeviation = 1.5 }(&spec) },
            Change(name: "exposure k") { spec in adaptive { $0.exposure = .sympsonHetter(SympsonHetter(parameters: .perItem(["Q1": 0.5, "Q2": 0.7]), targetMaximumExposure: 0.3)) }(&spec) },
            Change(name: "SE threshold") { spec in adaptive { $0.stopping.standardError = 0.25 }(&spec) },
            Change(name: "confidence") { spec in adaptive { $0.stopping.classification = ConfidenceClassification(confidence: 0.9) }(&spec) },
            Change(name: "combination") { spec in adaptive { $0.stopping.combination = .any }(&spec) },
            Change(name: "max items") { spec in adaptive { $0.stopping.maximumItems = 100 }(&spec) },
            Change(name: "blueprint share") { $0.blueprint?.areas[0].target = .shareRange(minimumPercent: 40, maximumPercent: 61) },
            Change(name: "pretest positions") { $0.pretest?.placement = .randomWithin(first: 5, last: 60) },
            Change(name: "time limit") { $0.timeLimit?.minutes = 170 },
            Change(name: "time-out rule") { $0.timeLimit?.onExpiry = .finalEstimate },
            Change(name: "option shuffling") { $0.shuffleOptions = false },
            Change(name: "navigation") { $0.navigation.flag = true },
            Change(name: "feedback") { $0.feedback.breakdown = .objective },
            Change(name: "retake wait") { $0.attempts.retakeAfterDays = 14 },
            Change(name: "exclude-seen") { $0.attempts.excludeSeen[0].enforcement = .preferred },
            Change(name: "cut") { $0.scoring.cut?.value = 0.1 },
            Change(name: "cut basis") { $0.scoring.cut?.basis = .policy },
            Change(name: "labels") { $0.scoring.labels = MasteryLabels(met: "Certified", notMet: "Fail") },
        ])
    func hashIsSensitive(change: Change) {
        var changed = Self.sample
        change.apply(&changed)
        #expect(changed != Self.sample)
        #expect(changed.contentHash != Self.sample.contentHash)
    }

    @Test("the scored length is the form length or the adaptive minimum to maximum")
    func scoredLength() {
        #expect(TestMode.randomForm(RandomForm(length: 15)).scoredLength == 15...15)
        #expect(TestMode.linear(LinearForm()).scoredLength == nil)
        #expect(TestMode.linear(LinearForm(order: .fixed, length: 32)).scoredLength == 32...32)
        #expect(Self.sample.mode.scoredLength == 60...120)
    }

    @Test("a cut is met at or above its value")
    func cutIsMet() {
        let cut = CutScore(.percent, 80)
        #expect(cut.isMet(by: 80))
        #expect(!cut.isMet(by: 79.9))
    }
}
