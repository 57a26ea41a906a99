import AssessCore
import Psychometrics
import Testing

@testable import Sequencing

@Suite("Adaptive session")
struct AdaptiveSessionTests {
    typealias Fixture = AdaptiveFixture

    @Test("same seed, same responses → same items; different seeds → different tests")
    func determinism() throws {
        let test = try AdaptiveTest(design: Fixture.design(pretest: [3, 9]), pool: Fixture.pool)
        var sequences = Set<[Int]>()
        for seed in UInt64(0)..<20 {
            var first = test.session(seed: seed)
            var second = test.session(seed: seed)
            let a = Fixture.run(&first, trueTheta: 0.4, responseSeed: 99)
            let b = Fixture.run(&second, trueTheta: 0.4, responseSeed: 99)
            #expect(a.items == b.items && a.stop == b.stop)
            #expect(first.theta == second.theta && first.standardError == second.standardError)
            sequences.insert(a.items)
        }
        #expect(sequences.count == 20)
    }

    @Test("rebuilding from the recorded responses gives the same next item and the same rest of the test")
    func resume() throws {
        let test = try AdaptiveTest(
            design: Fixture.design(exposure: .randomesque(count: 5), pretest: [2, 6, 11]), pool: Fixture.pool)
        for seed in UInt64(0)..<30 {
            var original = test.session(seed: seed, previousTheta: 0.5)
            let full = Fixture.run(&original, trueTheta: -0.3, responseSeed: seed &+ 1000)
            let recorded = original.history.map { RecordedResponse(item: $0.item, correct: $0.correct!) }
            for cut in [0, 1, 5, 12, recorded.count - 1] {
                var resumed = try test.resume(seed: seed, previousTheta: 0.5, responses: Array(recorded.prefix(cut)))
                #expect(
                    resumed.next() == .administer(item: full.items[cut], isPretest: original.history[cut].isPretest))
                // And the rest of the test, answered as before, is identical.
                for response in recorded[cut...] {
                    guard case .administer(let item, _) = resumed.next() else {
                        Issue.record("stopped early")
                        break
                    }
                    #expect(item == response.item)
                    resumed.record(correct: response.correct)
                }
                #expect(resumed.next() == full.stop)
                #expect(resumed.theta == original.theta)
            }
        }
    }

    struct Component: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var selector: any ItemSelector
        var exposure: ExposureControl
    }

    static let components: [Component] = [
        Component(testDescription: "MFI, no exposure control", selector: MaximumInformationSelector(), exposure: .none),
        Component(
            testDescription: "KL, randomesque 3", selector: KullbackLeiblerSelector(), exposure: .randomesque(count: 3)),
        Component(
            testDescription: "a-stratified, Sympson–Hetter", selector: AStratifiedSelector(strata: 3),
            exposure: .sympsonHetter(parameters: (0..<400).map { 0.3 + 0.7 * Double($0 % 3) / 2 })),
    ]

    @Test("every selector and exposure rule replays: rebuilt sessions give the same next item", arguments: components)
    func resumeEachComponent(_ component: Component) throws {
        let design = Fixture.design(selector: component.selector, exposure: component.exposure, pretest: [3])
        let test = try AdaptiveTest(design: design, pool: Fixture.pool)
        for seed in UInt64(0)..<10 {
            var original = test.session(seed: seed)
            let run = Fixture.run(&original, trueTheta: 0.8, responseSeed: seed)
            let recorded = original.history.map { RecordedResponse(item: $0.item, correct: $0.correct!) }
            let cut = recorded.count / 2
            var resumed = try test.resume(seed: seed, responses: Array(recorded.prefix(cut)))
            #expect(resumed.next() == .administer(item: run.items[cut], isPretest: original.history[cut].isPretest))
            #expect(resumed.rejectedItems == Array(original.rejectedItems.prefix(resumed.rejectedItems.count)))
        }
    }

    @Test("a-stratified in a session: low-a items early, high-a items late")
    func aStratifiedSession() throws {
        let design = Fixture.design(
            selector: AStratifiedSelector(strata: 4), exposure: .none, blueprint: nil, minimum: 24, maximum: 24,
            rules: [])
        let test = try AdaptiveTest(design: design, pool: PoolFixture.pool(count: 300, seed: 4))
        var early = 0.0
        var late = 0.0
        for seed in UInt64(0)..<20 {
            var session = test.session(seed: seed)
            Fixture.run(&session, trueTheta: Double(Int(seed % 5)) - 2, responseSeed: seed)
            let a = session.scoredItems.map { test.pool.parameters.a[$0] }
            early += a.prefix(6).reduce(0, +)
            late += a.suffix(6).reduce(0, +)
            // Stage s uses stratum s: the first six items all come from the lowest quarter of a.
            let lowest = test.pool.parameters.a.sorted()[74]
            #expect(a.prefix(6).allSatisfy { $0 <= lowest })
        }
        #expect(late > 1.5 * early)
    }

    @Test("a record that does not match the session is refused with the position")
    func replayMismatch() throws {
        let test = try AdaptiveTest(design: Fixture.design(), pool: Fixture.pool)
        var session = test.session(seed: 4)
        let run = Fixture.run(&session, trueTheta: 0, responseSeed: 4)
        var recorded = session.history.map { RecordedResponse(item: $0.item, correct: $0.correct!) }
        let other = (0..<Fixture.pool.count).first { !run.items.contains($0) }!
        recorded[3].item = other
        #expect(throws: SequencingError.replayMismatch(position: 3, expected: run.items[3], recorded: other)) {
            try test.resume(seed: 4, responses: recorded)
        }
        // Another seed's test diverges within the first ten items.
        #expect(throws: SequencingError.self) { try test.resume(seed: 5, responses: Array(recorded.prefix(10))) }
    }

    @Test("asking again before a response returns the same item; after the stop, the same stop")
    func idempotent() throws {
        let test = try AdaptiveTest(design: Fixture.design(maximum: 12, rules: []), pool: Fixture.pool)
        var session = test.session(seed: 8)
        let first = session.next()
        #expect(session.next() == first && session.next() == first)
        let stop = Fixture.run(&session, trueTheta: 1, responseSeed: 2).stop
        #expect(stop == .stop(reason: .maximumLength, decision: nil))
        #expect(session.next() == stop && session.isFinished)
    }

    @Test("pretest items come at their positions, unscored, and leave θ unchanged")
    func pretest() throws {
        let design = Fixture.design(blueprint: nil, pretest: [1, 4, 9], maximum: 15, rules: [])
        let test = try AdaptiveTest(design: design, pool: PoolFixture.pool(count: 100, pretest: 10))
        for seed in UInt64(0)..<50 {
            var session = test.session(seed: seed)
            var generator = SplitMix64(seed: seed)
            while case .administer(let item, let isPretest) = session.next() {
                let position = session.history.count
                #expect(isPretest == [1, 4, 9].contains(position), "position \(position)")
                #expect(isPretest == test.pool.items[item].isPretest)
                let before = (session.theta, session.standardError, session.scoredItems.count)
                session.record(correct: RandomDraw.unit(using: &generator) < 0.5)
                if isPretest {
                    #expect(session.theta == before.0 && session.standardError == before.1)
                    #expect(session.scoredItems.count == before.2)
                }
            }
            #expect(session.scoredItems.count == 15 && session.history.count == 18)
        }
    }

    @Test("200 seeds: every test meets the blueprint, holds no enemy pair, keeps sets whole and contiguous")
    func constraintsOverSeeds() throws {
        let test = try AdaptiveTest(design: Fixture.design(pretest: [5, 17]), pool: Fixture.pool)
        var setsSeen = 0
        for seed in UInt64(0)..<200 {
            var session = test.session(seed: seed)
            let theta = Double(Int(seed % 9)) / 2 - 2
            let run = Fixture.run(&session, trueTheta: theta, responseSeed: seed)
            let length = session.scoredItems.count
            #expect((10...30).contains(length))
            #expect(run.stop != .stop(reason: .poolExhausted, decision: nil))
            #expect(test.plan.satisfiesBlueprint(session.areaCounts, length: length), "seed \(seed)")
            #expect(!PoolFixture.holdsEnemies(run.items, in: Fixture.pool))
            #expect(PoolFixture.setsAreContiguous(session.scoredItems, in: Fixture.pool))
            for set in Set(session.scoredItems.compactMap { Fixture.pool.items[$0].stimulusSet }) {
                setsSeen += 1
                let scored = Fixture.pool.stimulusSets[set].members.filter { !Fixture.pool.items[$0].isPretest }
                #expect(scored.allSatisfy(session.scoredItems.contains))
            }
        }
        #expect(setsSeen > 0)
    }

    @Test("200 seeds × 3 blueprints at the objective, module and block levels: every completed test satisfies it")
    func blueprintLevels() throws {
        let pool = PoolFixture.pool(count: 500, seed: 33)
        let blueprints: [ContentBlueprint] = [
            ContentBlueprint(
                level: .module,
                areas: (0..<6).map { .init(key: "module-\($0)", requirement: .share(1.0 / 6)) }),
            ContentBlueprint(
                level: .objective, areas: (0..<7).map { .init(key: "objective-\($0)", requirement: .countRange(2...5)) }
            ),
            PoolFixture.blockBlueprint([.share(0.5), .share(0.3), .share(0.2)]),
        ]
        for blueprint in blueprints {
            let design = Fixture.design(
                selector: KullbackLeiblerSelector(), blueprint: blueprint, minimum: 15, maximum: 28,
                rules: [StandardErrorStop(threshold: 0.32)])
            let test = try AdaptiveTest(design: design, pool: pool)
            for seed in UInt64(0)..<200 {
                var session = test.session(seed: seed)
                Fixture.run(&session, trueTheta: Double(Int(seed % 7)) - 3, responseSeed: seed)
                let length = session.scoredItems.count
                for area in blueprint.areas.indices {
                    #expect(
                        blueprint.admits(count: session.areaCounts[area], area: area, length: length),
                        "\(blueprint.level) area \(area), seed \(seed): \(session.areaCounts) of \(length)")
                }
            }
        }
    }

    @Test("the early estimator runs until the pattern is mixed, then the main one")
    func earlyEstimator() throws {
        let test = try AdaptiveTest(design: Fixture.design(blueprint: nil), pool: Fixture.pool)
        var session = test.session(seed: 1)
        _ = session.next()
        session.record(correct: true)
        #expect(session.estimate?.method == .expectedAPosteriori)
        #expect(session.theta > 0 && session.theta < 2)  // finite, not the MLE's bound at 4
        _ = session.next()
        session.record(correct: true)
        #expect(session.estimate?.method == .expectedAPosteriori)
        _ = session.next()
        session.record(correct: false)
        #expect(session.estimate?.method == .maximumLikelihood)
        #expect(session.estimate?.pattern == .mixed)
    }

    @Test("the start: a fixed θ, the previous attempt's θ, or a seeded uniform draw chooses the first item")
    func start() throws {
        let design = Fixture.design(exposure: .none, blueprint: nil, start: StartingTheta.previousAttempt(fallback: 0))
        let test = try AdaptiveTest(design: design, pool: Fixture.pool)
        let info = { (theta: Double) in
            (0..<Fixture.pool.count).filter {
                !Fixture.pool.items[$0].isPretest && Fixture.pool.items[$0].stimulusSet == nil
            }
            .max {
                Fixture.pool.parameters.information(ofItem: $0, at: theta)
                    < Fixture.pool.parameters.information(ofItem: $1, at: theta)
            }!
        }
        var high = test.session(seed: 1, previousTheta: 2)
        var none = test.session(seed: 1)
        #expect(high.theta == 2 && none.theta == 0)
        if case .administer(let item, _) = high.next(), Fixture.pool.items[item].stimulusSet == nil {
            #expect(item == info(2))
        }
        #expect(none.next() != high.next())
        let uniform = try AdaptiveTest(
            design: Fixture.design(start: StartingTheta.uniform(-1...1)), pool: Fixture.pool)
        let starts = (UInt64(0)..<100).map { uniform.session(seed: $0).theta }
        #expect(starts.allSatisfy { (-1...1).contains($0) } && Set(starts).count == 100)
        #expect(starts == (UInt64(0)..<100).map { uniform.session(seed: $0).theta })
    }

    @Test("designs that contradict themselves or the pool are refused")
    func invalidDesigns() throws {
        let pool = Fixture.pool
        #expect(throws: SequencingError.invalidDesign(.invalidLength(minimum: 10, maximum: 5))) {
            try AdaptiveTest(design: Fixture.design(minimum: 10, maximum: 5), pool: pool)
        }
        #expect(throws: SequencingError.invalidDesign(.classificationWithoutCut)) {
            try AdaptiveTest(design: Fixture.design(rules: [ConfidenceIntervalStop()]), pool: pool)
        }
        #expect(
            throws: SequencingError.invalidDesign(
                .blueprintDoesNotFitLength(length: 30, minimumTotal: 40, maximumTotal: 60))
        ) {
            try AdaptiveTest(
                design: Fixture.design(
                    blueprint: PoolFixture.blockBlueprint([
                        .countRange(10...20), .countRange(10...20), .countRange(20...20),
                    ])),
                pool: pool)
        }
        #expect(throws: SequencingError.invalidDesign(.invalidRandomesqueCount(0))) {
            try AdaptiveTest(design: Fixture.design(exposure: .randomesque(count: 0)), pool: pool)
        }
        #expect(throws: SequencingError.invalidDesign(.invalidPretestPositions([4, 4]))) {
            try AdaptiveTest(design: Fixture.design(pretest: [4, 4]), pool: pool)
        }
        var items = pool.items
        items[7].parameters = nil
        #expect(throws: SequencingError.uncalibratedItem(id: items[7].id)) {
            try AdaptiveTest(design: Fixture.design(), pool: try SequencerPool(items: items))
        }
    }
}
