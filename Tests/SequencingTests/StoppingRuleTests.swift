import AssessCore
import Foundation
import Psychometrics
import Testing

@testable import Sequencing

@Suite("Stopping rules")
struct StoppingRuleTests {
    typealias Fixture = AdaptiveFixture

    static func state(theta: Double, se: Double, cut: Double? = 0) -> StoppingState {
        StoppingState(
            theta: theta, standardError: se, administered: [], responses: [], parameters: DichotomousPool(a: [], b: []),
            cut: cut)
    }

    struct Interval: Sendable, CustomTestStringConvertible {
        var theta: Double
        var se: Double
        var verdict: StopVerdict?
        var testDescription: String { "θ \(theta), SE \(se)" }
    }

    // Cut 0, z = 1.96: 0.5 − 1.96·0.2 = 0.108 > 0 → pass; 0.3 − 0.392 < 0 < 0.3 + 0.392 → go on;
    // −0.45 + 0.392 = −0.058 < 0 → fail; 0.39 − 0.392 = −0.002 → go on.
    static let intervals: [Interval] = [
        Interval(theta: 0.5, se: 0.2, verdict: StopVerdict(reason: .confidenceInterval, decision: .pass)),
        Interval(theta: 0.3, se: 0.2, verdict: nil),
        Interval(theta: -0.45, se: 0.2, verdict: StopVerdict(reason: .confidenceInterval, decision: .fail)),
        Interval(theta: 0.39, se: 0.2, verdict: nil),
        Interval(theta: 3, se: .infinity, verdict: nil),
    ]

    @Test("95% CI rule: stop when θ ± 1.96·SE excludes the cut, with that decision", arguments: intervals)
    func confidenceInterval(_ example: Interval) {
        let state = Self.state(theta: example.theta, se: example.se)
        #expect(ConfidenceIntervalStop().verdict(for: state) == example.verdict)
    }

    @Test("SE rule stops at or below the threshold")
    func standardErrorRule() {
        #expect(
            StandardErrorStop(threshold: 0.3).verdict(for: Self.state(theta: 0, se: 0.3))
                == StopVerdict(reason: .standardError))
        #expect(StandardErrorStop(threshold: 0.3).verdict(for: Self.state(theta: 0, se: 0.30001)) == nil)
    }

    @Test("SPRT: ln LR summed by hand over three 2PL items; Wald's bounds ln 19 and −ln 19")
    func sprt() {
        let parameters = DichotomousPool(a: [1, 1.5, 0.8], b: [0, 0.5, -0.5])
        let rule = SequentialProbabilityRatioStop(indifference: 0.25, alpha: 0.05, beta: 0.05)
        func p(_ i: Int, _ theta: Double) -> Double { 1 / (1 + exp(-parameters.a[i] * (theta - parameters.b[i]))) }
        let responses = [true, true, false]
        var expected = 0.0
        for i in 0..<3 {
            expected += responses[i] ? log(p(i, 0.35) / p(i, -0.15)) : log((1 - p(i, 0.35)) / (1 - p(i, -0.15)))
        }
        let state = StoppingState(
            theta: 0, standardError: 1, administered: [0, 1, 2], responses: responses, parameters: parameters, cut: 0.1)
        #expect(abs(rule.logLikelihoodRatio(for: state, cut: 0.1) - expected) < 1e-14)
        #expect(rule.verdict(for: state) == nil)  // |ln LR| ≈ 0.3 < ln 19 ≈ 2.94
        // Twelve right answers to item 1 push ln LR past ln 19; twelve wrong ones below −ln 19.
        let right = StoppingState(
            theta: 0, standardError: 1, administered: Array(repeating: 1, count: 12),
            responses: Array(repeating: true, count: 12), parameters: parameters, cut: 0.1)
        #expect(rule.verdict(for: right) == StopVerdict(reason: .sequentialProbabilityRatio, decision: .pass))
        var wrong = right
        wrong.responses = Array(repeating: false, count: 12)
        #expect(rule.verdict(for: wrong) == StopVerdict(reason: .sequentialProbabilityRatio, decision: .fail))
    }

    @Test("SE rule in a session: never before the minimum length; stops as soon as SE ≤ threshold")
    func standardErrorSession() throws {
        let test = try AdaptiveTest(
            design: Fixture.design(minimum: 8, maximum: 40, rules: [StandardErrorStop(threshold: 0.35)]),
            pool: Fixture.pool)
        var reasons: [StopReason: Int] = [:]
        for seed in UInt64(0)..<60 {
            var session = test.session(seed: seed)
            var generator = SplitMix64(seed: seed)
            while true {
                // The rules are asked unless a set is in progress, the test is short, or the
                // blueprint is not met at this length; if they were asked and the test goes on, SE > 0.35.
                let answered = session.scoredItems.count
                let asked =
                    session.pendingSet == nil && answered >= 8
                    && test.plan.satisfiesBlueprint(session.areaCounts, length: answered)
                guard case .administer(let item, _) = session.next() else { break }
                if asked { #expect(session.standardError > 0.35) }
                let p = Fixture.pool.parameters.probability(ofItem: item, at: 0.7)
                session.record(correct: RandomDraw.unit(using: &generator) < p)
            }
            let reason = try #require(session.stopReason)
            reasons[reason, default: 0] += 1
            #expect(session.scoredItems.count >= 8)
            if reason == .standardError { #expect(session.standardError <= 0.35) }
            #expect(session.decision == nil)  // no cut, no decision
        }
        #expect(reasons[.standardError, default: 0] > 30)
    }

    @Test("CI rule in a session: the stop's interval excludes the cut and the decision follows its side")
    func confidenceIntervalSession() throws {
        let test = try AdaptiveTest(
            design: Fixture.design(minimum: 10, maximum: 60, rules: [ConfidenceIntervalStop()], cut: -0.2),
            pool: Fixture.pool)
        var stops = 0
        for seed in UInt64(0)..<60 {
            var session = test.session(seed: seed)
            let run = Fixture.run(&session, trueTheta: seed % 2 == 0 ? 1 : -1.5, responseSeed: seed)
            guard case .stop(.confidenceInterval, let decision) = run.stop else { continue }
            stops += 1
            let margin = 1.96 * session.standardError
            if decision == .pass {
                #expect(session.theta - margin > -0.2)
            } else {
                #expect(session.theta + margin < -0.2)
            }
            #expect(decision == (session.theta > -0.2 ? .pass : .fail))
        }
        #expect(stops > 50)
    }

    @Test("SPRT in a session decides by the likelihood ratio and records the rule")
    func sprtSession() throws {
        let rule = SequentialProbabilityRatioStop(indifference: 0.3)
        let test = try AdaptiveTest(
            design: Fixture.design(minimum: 10, maximum: 60, rules: [rule], cut: 0), pool: Fixture.pool)
        var correctDecisions = 0
        for seed in UInt64(0)..<60 {
            let trueTheta = seed % 2 == 0 ? 1.2 : -1.2
            var session = test.session(seed: seed)
            let run = Fixture.run(&session, trueTheta: trueTheta, responseSeed: seed)
            guard case .stop(let reason, let decision) = run.stop else { continue }
            if reason == .sequentialProbabilityRatio {
                let ratio = rule.logLikelihoodRatio(
                    for: StoppingState(
                        theta: session.theta, standardError: session.standardError, administered: session.scoredItems,
                        responses: session.scoredResponses, parameters: Fixture.pool.parameters, cut: 0), cut: 0)
                #expect(decision == (ratio > 0 ? .pass : .fail))
                #expect(abs(ratio) >= log(19) - 1e-12)
            }
            if decision == (trueTheta > 0 ? .pass : .fail) { correctDecisions += 1 }
        }
        #expect(correctDecisions >= 57)
    }

    @Test("maximum length: pass only if the final θ is at or above the cut")
    func maximumLengthDecision() throws {
        let plain = try AdaptiveTest(design: Fixture.design(maximum: 20, rules: []), pool: Fixture.pool)
        for seed in UInt64(0)..<10 {
            var session = plain.session(seed: seed)
            Fixture.run(&session, trueTheta: 0.2, responseSeed: seed)
            let finalTheta = session.theta
            for (cut, expected) in [
                (finalTheta, Decision.pass), (finalTheta.nextDown, .pass), (finalTheta.nextUp, .fail),
            ] {
                // The cut does not change the items (no classification rule), so the same θ comes out.
                let test = try AdaptiveTest(
                    design: Fixture.design(maximum: 20, rules: [], cut: cut), pool: Fixture.pool)
                var again = test.session(seed: seed)
                let run = Fixture.run(&again, trueTheta: 0.2, responseSeed: seed)
                #expect(again.theta == finalTheta)
                #expect(run.stop == .stop(reason: .maximumLength, decision: expected))
            }
        }
    }

    @Test("time-out: below the minimum the design's rule (fail by default, or incomplete); at or above it, θ vs cut")
    func timeOut() throws {
        for belowMinimum in [Decision.fail, .incomplete] {
            var design = Fixture.design(minimum: 10, maximum: 30, rules: [], cut: 0)
            design.stopping.timeUpBelowMinimum = belowMinimum
            let test = try AdaptiveTest(design: design, pool: Fixture.pool)
            var early = test.session(seed: 3)
            let short = Fixture.run(&early, trueTheta: 2, responseSeed: 3, timeUpAfter: 6)
            #expect(short.stop == .stop(reason: .timeUp, decision: belowMinimum))
            #expect(early.scoredItems.count == 6 && early.theta > 0)
            var late = test.session(seed: 3)
            let long = Fixture.run(&late, trueTheta: 2, responseSeed: 3, timeUpAfter: 12)
            #expect(long.stop == .stop(reason: .timeUp, decision: late.theta > 0 ? .pass : .fail))
            #expect(late.stopReason == .timeUp)
        }
        // An item on screen when time runs out stays unanswered and does not count.
        let test = try AdaptiveTest(design: Fixture.design(rules: [], cut: 0), pool: Fixture.pool)
        var session = test.session(seed: 1)
        _ = session.next()
        #expect(session.next(timeIsUp: true) == .stop(reason: .timeUp, decision: .fail))
        #expect(session.history.count == 1 && session.history[0].correct == nil && session.pendingItem == nil)
    }

    @Test("time-out by recent estimates: pass only if each of the last n estimates is above the cut")
    func timeOutRecentEstimates() throws {
        var decisions = Set<Decision>()
        var failedDespiteFinalTheta = false
        for seed in UInt64(0)..<40 {
            for count in [1, 3] {
                var design = Fixture.design(minimum: 10, maximum: 30, rules: [], cut: 0.2)
                design.stopping.timeUpRule = .recentEstimates(count: count)
                var session = try AdaptiveTest(design: design, pool: Fixture.pool).session(seed: seed)
                let run = Fixture.run(&session, trueTheta: 0.2, responseSeed: seed, timeUpAfter: 14)
                let recent = session.thetaHistory.suffix(count)
                #expect(session.thetaHistory.count == session.scoredItems.count)
                #expect(session.thetaHistory.last == session.theta)
                let expected: Decision = recent.allSatisfy { $0 > 0.2 } ? .pass : .fail
                #expect(run.stop == .stop(reason: .timeUp, decision: expected))
                decisions.insert(expected)
                if expected == .fail, session.theta > 0.2 { failedDespiteFinalTheta = true }
            }
        }
        // Both decisions occur, and at least once the final θ alone would have passed.
        #expect(decisions == [.pass, .fail])
        #expect(failedDespiteFinalTheta)
    }

    @Test("a pool too small for the test stops with pool exhausted")
    func poolExhausted() throws {
        let pool = PoolFixture.pool(count: 12)
        let test = try AdaptiveTest(
            design: Fixture.design(blueprint: nil, minimum: 5, maximum: 20, rules: [], cut: 0), pool: pool)
        var session = test.session(seed: 2)
        let run = Fixture.run(&session, trueTheta: 0, responseSeed: 2)
        #expect(run.items.count == 12)
        #expect(run.stop == .stop(reason: .poolExhausted, decision: session.theta > 0 ? .pass : .fail))
    }
}

/// A rule that always or never stops, for testing how rules combine.
struct FixedRule: StoppingRule {
    var verdict: StopVerdict?
    func verdict(for state: StoppingState) -> StopVerdict? { verdict }
}

@Suite("Stopping rule combination")
struct StoppingCombinationTests {
    static let always = FixedRule(verdict: StopVerdict(reason: StopReason(rawValue: "always")))
    static let never = FixedRule(verdict: nil)
    static let classifies = FixedRule(verdict: StopVerdict(reason: StopReason(rawValue: "classifies"), decision: .fail))

    static func stop(_ rules: [any StoppingRule], _ combination: AdaptiveStopping.Combination) throws -> (Int, Step) {
        var design = AdaptiveFixture.design(blueprint: nil, minimum: 5, maximum: 12, cut: 0)
        design.stopping.rules = rules
        design.stopping.combination = combination
        var session = try AdaptiveTest(design: design, pool: AdaptiveFixture.pool).session(seed: 1)
        let run = AdaptiveFixture.run(&session, trueTheta: 0, responseSeed: 2)
        return (session.scoredItems.count, run.stop)
    }

    @Test("any: the first rule that gives a verdict stops the test at the minimum")
    func any() throws {
        let (length, stop) = try Self.stop([Self.never, Self.always], .any)
        #expect(length == 5)
        guard case .stop(let reason, _) = stop else {
            Issue.record("no stop")
            return
        }
        #expect(reason.rawValue == "always")
    }

    @Test("all: one rule without a verdict keeps the test going to the maximum")
    func allWaits() throws {
        let (length, stop) = try Self.stop([Self.never, Self.always], .all)
        #expect(length == 12)
        guard case .stop(let reason, _) = stop else {
            Issue.record("no stop")
            return
        }
        #expect(reason == .maximumLength)
    }

    @Test("all: when every rule is met, the classifying rule's reason and decision are recorded")
    func allRecordsClassification() throws {
        let (length, stop) = try Self.stop([Self.always, Self.classifies], .all)
        #expect(length == 5)
        #expect(stop == .stop(reason: StopReason(rawValue: "classifies"), decision: .fail))
    }
}
