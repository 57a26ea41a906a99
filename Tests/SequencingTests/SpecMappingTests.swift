import AssessCore
import Psychometrics
import Testing

@testable import Sequencing

/// Test specifications built in code, mapped to the sequencer's pool and designs.
@Suite("Spec mapping")
struct SpecMappingTests {
    /// 200 items over the five blocks, 40 each: 3PL on D = 1.702 (so the conversion shows),
    /// a pilot every tenth item, a retired one that the pool's statuses leave out.
    static let bank: ItemBank = {
        var generator = SplitMix64(seed: 6)
        var items: [Item] = []
        for (blockIndex, block) in Block.allCases.enumerated() {
            for k in 0..<40 {
                let index = blockIndex * 40 + k
                let irt = IRTParameters(
                    model: .threePL, a: 0.5 + RandomDraw.unit(using: &generator),
                    b: 3 * RandomDraw.unit(using: &generator) - 1.5, c: 0.15, scalingConstant: 1.702)
                items.append(
                    Item(
                        id: String(format: "CERT-%03d", index), status: k % 10 == 9 ? .pilot : k == 0 ? .retired : .active,
                        type: .singleBestAnswer, stem: "Question \(index)?",
                        classification: Classification(block: block, module: "\(block.rawValue)-m", objective: "O-\(k % 4)"),
                        irt: irt))
            }
        }
        return ItemBank(items: items)
    }()

    static let blockRanges: Blueprint = Blueprint(
        dimension: .block,
        areas: [
            BlueprintArea("foundations", .shareRange(minimumPercent: 13, maximumPercent: 17)),
            BlueprintArea("safety", .shareRange(minimumPercent: 28, maximumPercent: 32)),
            BlueprintArea("risk-and-service-planning", .shareRange(minimumPercent: 18, maximumPercent: 22)),
            BlueprintArea("permanency-and-well-being", .shareRange(minimumPercent: 18, maximumPercent: 22)),
            BlueprintArea("legal-and-courtroom", .shareRange(minimumPercent: 13, maximumPercent: 17)),
        ])

    /// The shape of the shipped certification spec, shorter.
    static func certification(
        selector: SelectionRule = .maximumInformation, exposure: ExposureSpec = .randomesque(k: 5),
        stopping: StoppingRules = StoppingRules(
            minimumItems: 20, maximumItems: 40, standardError: 0.3, classification: ConfidenceClassification(confidence: 0.95),
            combination: .all),
        estimator: EstimatorSettings = EstimatorSettings(method: .eap, quadraturePoints: 41),
        blueprint: Blueprint? = blockRanges, contentBalancing: ContentBalancing = .constrained,
        pretest: PretestSpec? = PretestSpec(count: 4, placement: .randomWithin(first: 3, last: 22)),
        timeLimit: TimeLimit? = TimeLimit(minutes: 60, onExpiry: .finalEstimate),
        scoring: ScoringPolicy = ScoringPolicy(method: .theta(estimator: nil), cut: CutScore(.theta, 0.25))
    ) -> TestSpec {
        TestSpec(
            id: "certification", title: "Certification", purpose: .certification,
            pool: ItemPool(statuses: [.active, .pilot]),
            mode: .adaptive(
                AdaptiveSpec(
                    start: .previousAttempt(withinDays: 365, fallbackTheta: nil), selector: selector, estimator: estimator,
                    exposure: exposure, contentBalancing: contentBalancing, stopping: stopping)),
            blueprint: blueprint, pretest: pretest, timeLimit: timeLimit, scoring: scoring)
    }

    @Test("pool: the spec's items in pool order, active scored, pilot pretest, a on D = 1, seen items excluded")
    func pool() throws {
        let spec = Self.certification()
        let pool = try SequencerPool(spec: spec, bank: Self.bank, excluding: ["CERT-001"])
        let expected = Self.bank.items.filter { $0.status != .retired && $0.id != "CERT-001" }
        #expect(pool.items.map(\.id) == expected.map(\.id))
        #expect(pool.items.filter(\.isPretest).count == 20)
        #expect(pool.items.allSatisfy { ($0.role == .pretest) == (Self.bank[$0.id]?.status == .pilot) })
        let first = try #require(pool.items.first)
        let irt = try #require(Self.bank[first.id]?.irt)
        #expect(pool.parameters.a[0] == irt.a * 1.702)
        #expect(pool.parameters.b[0] == irt.b)
        #expect(pool.parameters.c[0] == 0.15)
        #expect(first.block == "foundations")
    }

    @Test("adaptive design: start, estimator, selector, exposure, blueprint, pretest, stopping and cut as the spec states")
    func adaptiveDesign() throws {
        let spec = Self.certification()
        let pool = try SequencerPool(spec: spec, bank: Self.bank)
        let design = try AdaptiveDesign(spec: spec, pool: pool)
        #expect(design.start as? StartingTheta == .previousAttempt(fallback: 0))
        let grid = QuadratureGrid(points: 41, range: -4...4, prior: .standard)
        #expect(
            design.estimation as? ThetaEstimation
                == ThetaEstimation(estimator: .expectedAPosteriori(grid: grid), earlyEstimator: nil))
        #expect(design.selector is MaximumInformationSelector)
        #expect(design.exposure == .randomesque(count: 5))
        #expect(design.blueprint?.level == .block)
        #expect(design.blueprint?.areas.first == ContentBlueprint.Area(key: "foundations", requirement: .shareRange(0.13...0.17)))
        #expect(design.pretest == PretestPlan(count: 4, within: 3...22))
        #expect(design.stopping.minimumLength == 20)
        #expect(design.stopping.maximumLength == 40)
        #expect(design.stopping.combination == .all)
        #expect(design.stopping.cut == 0.25)
        #expect(design.stopping.timeUpBelowMinimum == .fail)
        #expect(design.stopping.timeUpRule == .finalEstimate)
        #expect(design.stopping.rules.count == 2)
        let interval = try #require(design.stopping.rules.first as? ConfidenceIntervalStop)
        #expect(abs(interval.z - 1.959963984540054) < 1e-12)
        #expect(design.stopping.rules.last as? StandardErrorStop == StandardErrorStop(threshold: 0.3))
    }

    @Test("estimators: method, prior, θ range and the until-mixed estimator")
    func estimators() throws {
        let settings = EstimatorSettings(
            method: .mle, priorMean: 0.2, priorStandardDeviation: 1.5, minimumTheta: -3, maximumTheta: 3.5,
            quadraturePoints: 21, untilMixedPattern: .map)
        let spec = Self.certification(estimator: settings)
        let design = try AdaptiveDesign(spec: spec, pool: SequencerPool(spec: spec, bank: Self.bank))
        let prior = NormalPrior(mean: 0.2, standardDeviation: 1.5)
        #expect(
            design.estimation as? ThetaEstimation
                == ThetaEstimation(
                    estimator: .maximumLikelihood(bounds: -3...3.5),
                    earlyEstimator: .maximumAPosteriori(prior: prior, bounds: -3...3.5)))
        var wle = settings
        wle.method = .wle
        wle.untilMixedPattern = .eap
        let wleSpec = Self.certification(estimator: wle)
        let wleDesign = try AdaptiveDesign(spec: wleSpec, pool: SequencerPool(spec: wleSpec, bank: Self.bank))
        #expect(
            wleDesign.estimation as? ThetaEstimation
                == ThetaEstimation(
                    estimator: .weightedLikelihood(bounds: -3...3.5),
                    earlyEstimator: .expectedAPosteriori(grid: QuadratureGrid(points: 21, range: -3...3.5, prior: prior))))
    }

    @Test("selectors map to the engine's", arguments: [SelectionRule.maximumInformation, .kullbackLeibler, .aStratified(strata: 3)])
    func selectors(_ rule: SelectionRule) throws {
        let spec = Self.certification(selector: rule)
        let design = try AdaptiveDesign(spec: spec, pool: SequencerPool(spec: spec, bank: Self.bank))
        switch rule {
        case .maximumInformation: #expect(design.selector is MaximumInformationSelector)
        case .kullbackLeibler: #expect(design.selector is KullbackLeiblerSelector)
        case .aStratified: #expect((design.selector as? AStratifiedSelector)?.strata == 3)
        }
    }

    @Test("Sympson–Hetter k by item id, from the spec or the caller's file table; unnamed items k = 1")
    func sympsonHetter() throws {
        let perItem = Self.certification(
            exposure: .sympsonHetter(SympsonHetter(parameters: .perItem(["CERT-002": 0.4, "NOT-IN-POOL": 0.1]))))
        let pool = try SequencerPool(spec: perItem, bank: Self.bank)
        let design = try AdaptiveDesign(spec: perItem, pool: pool)
        var expected = [Double](repeating: 1, count: pool.count)
        expected[try #require(pool.index(ofID: "CERT-002"))] = 0.4
        #expect(design.exposure == .sympsonHetter(parameters: expected))

        let fromFile = Self.certification(exposure: .sympsonHetter(SympsonHetter(parameters: .file("k.csv"))))
        let fileDesign = try AdaptiveDesign(spec: fromFile, pool: pool, sympsonHetterParameters: ["CERT-002": 0.4])
        #expect(fileDesign.exposure == .sympsonHetter(parameters: expected))
        #expect(
            throws: SequencingError.unsupportedSpecSetting(
                setting: "adaptive.exposure.parameters: k.csv",
                reason: "the sequencer reads no files; pass the file's table as sympsonHetterParameters")
        ) { try AdaptiveDesign(spec: fromFile, pool: pool) }
    }

    @Test("the recent-estimates time-out rule carries its count")
    func recentEstimates() throws {
        let spec = Self.certification(timeLimit: TimeLimit(minutes: 60, onExpiry: .recentEstimates(count: 3)))
        let design = try AdaptiveDesign(spec: spec, pool: SequencerPool(spec: spec, bank: Self.bank))
        #expect(design.stopping.timeUpRule == .recentEstimates(count: 3))
    }

    @Test("fixed pretest positions are sorted; drawn ones keep count and range")
    func pretest() throws {
        let spec = Self.certification(pretest: PretestSpec(count: 3, placement: .positions([12, 4, 8])))
        let design = try AdaptiveDesign(spec: spec, pool: SequencerPool(spec: spec, bank: Self.bank))
        #expect(design.pretest == PretestPlan(positions: [4, 8, 12]))
    }

    struct Unsupported: Sendable, CustomTestStringConvertible {
        var name: String
        var spec: TestSpec
        var setting: String
        var testDescription: String { name }
    }

    static let unsupported: [Unsupported] = [
        Unsupported(
            name: "submit-answered on an adaptive test",
            spec: certification(timeLimit: TimeLimit(minutes: 60, onExpiry: .submitAnswered)),
            setting: "time-limit.on-expiry: submit-answered"),
        Unsupported(
            name: "a percent cut", spec: certification(scoring: ScoringPolicy(method: .theta(estimator: nil), cut: CutScore(.percent, 70))),
            setting: "scoring.cut: percent"),
        Unsupported(
            name: "a scoring estimator other than the adaptive one",
            spec: certification(scoring: ScoringPolicy(method: .theta(estimator: EstimatorSettings(method: .mle)), cut: CutScore(.theta, 0))),
            setting: "scoring.estimator"),
        Unsupported(
            name: "a blueprint without balancing", spec: certification(contentBalancing: .none),
            setting: "adaptive.content-balancing: none"),
        Unsupported(
            name: "exact shares on a variable-length test",
            spec: certification(
                blueprint: Blueprint(
                    dimension: .block,
                    areas: Block.allCases.map { BlueprintArea($0.rawValue, .share(percent: 20)) })),
            setting: "blueprint: exact shares"),
        Unsupported(
            name: "confidence of 100%",
            spec: certification(stopping: StoppingRules(minimumItems: 20, maximumItems: 40, classification: ConfidenceClassification(confidence: 1))),
            setting: "adaptive.stopping.classification.confidence"),
        Unsupported(
            name: "SPRT with α ≥ 0.5",
            spec: certification(
                stopping: StoppingRules(
                    minimumItems: 20, maximumItems: 40, sequentialProbabilityRatio: SequentialProbabilityRatioTest(indifference: 0.2, alpha: 0.5))),
            setting: "adaptive.stopping.sprt"),
        Unsupported(
            name: "pretest positions that do not match the count",
            spec: certification(pretest: PretestSpec(count: 2, placement: .positions([3]))), setting: "pretest.positions"),
    ]

    @Test("a setting the sequencer cannot honour is named, never ignored", arguments: unsupported)
    func unsupportedSetting(_ example: Unsupported) throws {
        let pool = try SequencerPool(spec: example.spec, bank: Self.bank)
        do {
            _ = try AdaptiveDesign(spec: example.spec, pool: pool)
            Issue.record("expected \(example.setting) to be refused")
        } catch {
            guard case .unsupportedSpecSetting(let setting, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(setting == example.setting)
        }
    }

    @Test("exact shares on a fixed-length adaptive test become that length's largest-remainder counts")
    func exactSharesFixedLength() throws {
        let blueprint = Blueprint(
            dimension: .block,
            areas: [
                BlueprintArea("foundations", .share(percent: 33.3)), BlueprintArea("safety", .share(percent: 33.3)),
                BlueprintArea("legal-and-courtroom", .share(percent: 33.4)),
            ])
        let spec = Self.certification(
            stopping: StoppingRules(minimumItems: 10, maximumItems: 10), blueprint: blueprint, pretest: nil,
            scoring: ScoringPolicy(method: .theta(estimator: nil)))
        let design = try AdaptiveDesign(spec: spec, pool: SequencerPool(spec: spec, bank: Self.bank))
        #expect(design.blueprint?.areas.map(\.requirement) == [.countRange(3...3), .countRange(3...3), .countRange(4...4)])
    }

    @Test("a spec-built certification design simulates with every test meeting the blueprint and 4 pretest items each")
    func simulation() throws {
        let spec = Self.certification()
        let pool = try SequencerPool(spec: spec, bank: Self.bank)
        let design = try AdaptiveDesign(spec: spec, pool: pool)
        let report = try AdaptiveSimulation(design: design, pool: pool, examinees: 300, seed: 11).run()
        #expect(report.blueprintMetShare == 1)
        #expect(report.examinees.allSatisfy { $0.pretestItems.count == 4 })
        #expect(report.examinees.allSatisfy { (20...40).contains($0.length) })
        let again = try AdaptiveSimulation(design: design, pool: pool, examinees: 300, seed: 11, threads: 1).run()
        #expect(again.examinees == report.examinees)
    }

    @Test("drawn pretest positions: count distinct positions in the range, varying with the seed, replayable")
    func drawnPretestPositions() throws {
        let spec = Self.certification()
        let pool = try SequencerPool(spec: spec, bank: Self.bank)
        let test = try AdaptiveTest(design: AdaptiveDesign(spec: spec, pool: pool), pool: pool)
        var seen = Set<[Int]>()
        for seed in UInt64(0)..<40 {
            var session = test.session(seed: seed)
            AdaptiveFixture.run(&session, trueTheta: 0, responseSeed: seed)
            let positions = session.history.indices.filter { session.history[$0].isPretest }.map { $0 + 1 }
            #expect(positions.count == 4)
            #expect(positions.allSatisfy { (3...22).contains($0) })
            seen.insert(positions)
            let replay = try test.resume(
                seed: seed, responses: session.history.map { RecordedResponse(item: $0.item, correct: $0.correct ?? false) })
            #expect(replay.history == session.history)
        }
        #expect(seen.count > 30)
    }

    static let moduleBlueprint = Blueprint(
        dimension: .objective, areas: (0..<4).map { BlueprintArea("O-\($0)", .countRange(minimum: 2, maximum: 2)) })

    static func module(mode: TestMode, blueprint: Blueprint? = moduleBlueprint, pretest: PretestSpec? = nil) -> TestSpec {
        TestSpec(
            id: "module-post", title: "Module", purpose: .modulePost, pool: ItemPool(blocks: [.safety]), mode: mode,
            blueprint: blueprint, pretest: pretest, timeLimit: TimeLimit(minutes: 20, onExpiry: .submitAnswered),
            scoring: ScoringPolicy(method: .numberCorrect, cut: CutScore(.percent, 80)))
    }

    @Test("random form: length and blueprint; forms meet the counts; a pretest plan is refused")
    func randomForm() throws {
        let spec = Self.module(mode: .randomForm(RandomForm(length: 8)))
        let design = try RandomFormDesign(spec: spec)
        #expect(design.length == 8)
        #expect(design.blueprint?.level == .objective)
        #expect(design.blueprint?.areas.map(\.requirement) == [.countRange(2...2), .countRange(2...2), .countRange(2...2), .countRange(2...2)])
        let pool = try SequencerPool(spec: spec, bank: Self.bank)
        var generator = SplitMix64(seed: 3)
        let form = try design.assemble(from: pool, using: &generator)
        #expect(form.count == 8)
        for objective in 0..<4 { #expect(form.filter { pool.items[$0].objective == "O-\(objective)" }.count == 2) }

        let shares = Blueprint(
            dimension: .objective, areas: [BlueprintArea("O-0", .share(percent: 49.8)), BlueprintArea("O-1", .share(percent: 49.8))])
        let normalised = try RandomFormDesign(spec: Self.module(mode: .randomForm(RandomForm(length: 8)), blueprint: shares))
        #expect(normalised.blueprint?.areas.map(\.requirement) == [.share(0.5), .share(0.5)])

        #expect(throws: SequencingError.unsupportedSpecSetting(setting: "pretest", reason: "random forms seed no pretest items")) {
            try RandomFormDesign(spec: Self.module(mode: .randomForm(RandomForm(length: 8)), pretest: PretestSpec(count: 1, placement: .positions([2]))))
        }
    }

    @Test("linear: order, and the stated length and blueprint checked on the pool")
    func linear() throws {
        let spec = Self.module(mode: .linear(LinearForm(order: .shuffled, length: 35)), blueprint: nil)
        let pool = try SequencerPool(spec: spec, bank: Self.bank)
        #expect(pool.count == 35)
        #expect(try LinearDesign(spec: spec, pool: pool) == LinearDesign(order: .shuffled))
        let wrongLength = Self.module(mode: .linear(LinearForm(length: 30)), blueprint: nil)
        #expect(throws: SequencingError.unsupportedSpecSetting(setting: "form.length: 30", reason: "the pool holds 35 items")) {
            try LinearDesign(spec: wrongLength, pool: pool)
        }
        let blueprinted = Self.module(mode: .linear(LinearForm()))
        #expect(
            throws: SequencingError.unsupportedSpecSetting(
                setting: "blueprint: O-0", reason: "the pool holds 9 of its items, the blueprint asks for 2")
        ) { try LinearDesign(spec: blueprinted, pool: pool) }
        #expect(throws: SequencingError.self) { try LinearDesign(spec: Self.certification(), pool: pool) }
    }
}
