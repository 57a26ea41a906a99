import AssessCore
import Psychometrics

/// One adaptive attempt as a value you step: ask ``next(timeIsUp:)`` for the next item,
/// ``record(correct:)`` its response, until a ``Step/stop(reason:decision:)``.
///
/// Deterministic: the same test, seed, previous θ and responses give the same items, and
/// ``AdaptiveTest/resume(seed:previousTheta:responses:)`` rebuilds the state from the recorded
/// responses alone. The per-step work (θ update, candidate scoring, exposure control,
/// stopping) allocates nothing: every buffer is sized when the session starts.
///
/// Copying a session copies its state (the compiled test is shared); the copy is independent.
public struct AdaptiveSession: Sendable {
    let plan: AdaptivePlan
    var generator: SplitMix64

    /// The current θ: the start until the first scored response, then the estimate.
    public private(set) var theta: Double
    /// Its standard error (+∞ before the first scored response).
    public private(set) var standardError: Double
    /// The latest estimate, nil before the first scored response.
    public private(set) var estimate: AbilityEstimate?
    /// Every delivered item in order, with its response once recorded.
    public private(set) var history: [Administration]
    /// The scored items answered, as pool positions, and their responses.
    public private(set) var scoredItems: [Int]
    public private(set) var scoredResponses: [Bool]
    /// θ̂ after each scored response, in order (for the recent-estimates time-out rule).
    public private(set) var thetaHistory: [Double]
    /// Scored items answered per blueprint area (one area without a blueprint).
    public private(set) var areaCounts: [Int]
    /// Items set aside by Sympson–Hetter (selected, not administered), in order.
    public internal(set) var rejectedItems: [Int]
    /// Why the test stopped and the decision, once it has.
    public private(set) var stopReason: StopReason?
    public private(set) var decision: Decision?

    /// Per pool item: delivered, queued in a set, or set aside.
    var used: [Bool]
    /// Per pool item: how many items on the test name it as an enemy.
    var enemyBlocks: [Int32]
    /// The set being delivered and the position of its next member.
    var pendingSet: (unit: Int, next: Int)?
    /// The session's pretest positions (fixed or drawn at the start), and the next entry.
    var pretestPositions: [Int]
    var nextPretest: Int

    // Scratch buffers for selection, sized once.
    var candidateItems: [Int]
    var candidateScores: [Double]
    var candidateUnits: [Int]
    var unitStarts: [Int]
    var unitScores: [Double]
    var areaTried: [Bool]
    var bestUnits: [Int]
    var bestScores: [Double]

    /// One delivered item.
    public struct Administration: Sendable, Hashable {
        /// Pool position.
        public var item: Int
        public var isPretest: Bool
        /// The response, nil while it is awaited.
        public var correct: Bool?
    }

    init(plan: AdaptivePlan, seed: UInt64, previousTheta: Double?) {
        self.plan = plan
        generator = SplitMix64(seed: seed)
        theta = plan.design.start.initialTheta(previousAttempt: previousTheta, using: &generator)
        pretestPositions = plan.design.pretest.sessionPositions(using: &generator)
        standardError = .infinity
        estimate = nil
        let capacity = plan.maximumLength + plan.design.pretest.capacity
        history = []
        history.reserveCapacity(capacity)
        scoredItems = []
        scoredItems.reserveCapacity(plan.maximumLength)
        scoredResponses = []
        scoredResponses.reserveCapacity(plan.maximumLength)
        thetaHistory = []
        thetaHistory.reserveCapacity(plan.maximumLength)
        areaCounts = [Int](repeating: 0, count: plan.areaCount)
        rejectedItems = []
        stopReason = nil
        decision = nil
        let poolCount = plan.pool.count
        used = [Bool](repeating: false, count: poolCount)
        enemyBlocks = [Int32](repeating: 0, count: poolCount)
        pendingSet = nil
        nextPretest = 0
        let unitCount = plan.unitItems.count
        candidateItems = [Int](repeating: 0, count: poolCount)
        candidateScores = [Double](repeating: 0, count: poolCount)
        candidateUnits = [Int](repeating: 0, count: unitCount)
        unitStarts = [Int](repeating: 0, count: unitCount + 1)
        unitScores = [Double](repeating: 0, count: unitCount)
        areaTried = [Bool](repeating: false, count: plan.areaCount)
        bestUnits = [Int](repeating: 0, count: plan.randomesqueCount)
        bestScores = [Double](repeating: 0, count: plan.randomesqueCount)
        rejectedItems.reserveCapacity(16)
    }

    /// Whether the test has stopped.
    public var isFinished: Bool { stopReason != nil }

    /// The item awaiting its response, if any.
    public var pendingItem: Administration? {
        guard stopReason == nil, let last = history.last, last.correct == nil else { return nil }
        return last
    }

    /// The next step: the item to deliver, or the stop with its reason and decision.
    ///
    /// Calling it again before recording a response returns the same item; after a stop it
    /// returns the same stop. `timeIsUp` ends the test at once (see ``AdaptiveStopping`` for
    /// the decision); an item still awaiting its response then stays unanswered in
    /// ``history`` and does not count.
    public mutating func next(timeIsUp: Bool = false) -> Step {
        if let stopReason { return .stop(reason: stopReason, decision: decision) }
        let answered = scoredItems.count
        if timeIsUp {
            pendingSet = nil
            return finish(.timeUp, decision: timeUpDecision(answered: answered))
        }
        if let pending = pendingItem { return .administer(item: pending.item, isPretest: pending.isPretest) }
        if let set = pendingSet {
            let members = plan.unitItems[set.unit]
            pendingSet = set.next + 1 < members.count ? (set.unit, set.next + 1) : nil
            return deliver(members[set.next], isPretest: false)
        }
        if answered >= plan.maximumLength { return finish(.maximumLength, decision: nil) }
        if answered >= plan.minimumLength && plan.satisfiesBlueprint(areaCounts, length: answered) {
            if let verdict = stoppingVerdict() { return finish(verdict.reason, decision: verdict.decision) }
        }
        if let pretest = duePretestItem() { return deliver(pretest, isPretest: true) }
        guard let unit = selectUnit() else { return finish(.poolExhausted, decision: nil) }
        return deliverUnit(unit)
    }

    /// Records the response to the item awaiting it and, for a scored item, updates θ.
    ///
    /// - Precondition: an item is awaiting its response.
    public mutating func record(correct: Bool) {
        precondition(pendingItem != nil, "no item is awaiting a response")
        history[history.count - 1].correct = correct
        let item = history[history.count - 1].item
        guard !history[history.count - 1].isPretest else { return }
        scoredItems.append(item)
        scoredResponses.append(correct)
        areaCounts[plan.areaOfItem[item]] += 1
        if let update = plan.design.estimation.estimate(
            on: plan.pool.parameters, administered: scoredItems, responses: scoredResponses)
        {
            estimate = update
            theta = update.theta
            standardError = update.standardError
        }
        thetaHistory.append(theta)
    }

    /// The decision at a time-out (nil: θ̂ against the cut, by ``finish(_:decision:)``).
    func timeUpDecision(answered: Int) -> Decision? {
        let stopping = plan.design.stopping
        if answered < plan.minimumLength { return stopping.timeUpBelowMinimum }
        guard case .recentEstimates(let count) = stopping.timeUpRule, let cut = stopping.cut else { return nil }
        return thetaHistory.suffix(max(count, 1)).allSatisfy { $0 >= cut } ? .pass : .fail
    }

    /// Ends the test; a nil decision becomes θ̂ ≥ cut when the design has a cut.
    mutating func finish(_ reason: StopReason, decision: Decision?) -> Step {
        stopReason = reason
        self.decision = decision ?? plan.design.stopping.cut.map { theta >= $0 ? .pass : .fail }
        return .stop(reason: reason, decision: self.decision)
    }

    mutating func deliver(_ item: Int, isPretest: Bool) -> Step {
        history.append(Administration(item: item, isPretest: isPretest, correct: nil))
        return .administer(item: item, isPretest: isPretest)
    }

    /// Marks a unit's items used and their enemies blocked, and delivers its first item.
    mutating func deliverUnit(_ unit: Int) -> Step {
        let members = plan.unitItems[unit]
        for item in members { take(item) }
        if members.count > 1 { pendingSet = (unit, 1) }
        return deliver(members[0], isPretest: false)
    }

    mutating func take(_ item: Int) {
        used[item] = true
        for enemy in plan.pool.items[item].enemies { enemyBlocks[enemy] += 1 }
    }

    func stoppingVerdict() -> StopVerdict? {
        let rules = plan.design.stopping.rules
        guard !rules.isEmpty else { return nil }
        let state = StoppingState(
            theta: theta, standardError: standardError, administered: scoredItems, responses: scoredResponses,
            parameters: plan.pool.parameters, cut: plan.design.stopping.cut)
        switch plan.design.stopping.combination {
        case .any:
            for rule in rules {
                if let verdict = rule.verdict(for: state) { return verdict }
            }
            return nil
        case .all:
            var chosen: StopVerdict? = nil
            for rule in rules {
                guard let verdict = rule.verdict(for: state) else { return nil }
                if chosen == nil || (chosen?.decision == nil && verdict.decision != nil) { chosen = verdict }
            }
            return chosen
        }
    }

    /// A pretest item if one is due at the next position: drawn uniformly from the eligible
    /// ones; due positions with none eligible are skipped.
    mutating func duePretestItem() -> Int? {
        let positions = pretestPositions
        guard nextPretest < positions.count, history.count + 1 >= positions[nextPretest] else { return nil }
        // One position per delivery: positions deferred behind a set come one after another.
        nextPretest += 1
        var eligible = 0
        for item in plan.pretestItems where !used[item] && enemyBlocks[item] == 0 { eligible += 1 }
        guard eligible > 0 else { return nil }
        var pick = RandomDraw.index(below: eligible, using: &generator)
        for item in plan.pretestItems where !used[item] && enemyBlocks[item] == 0 {
            if pick == 0 {
                take(item)
                return item
            }
            pick -= 1
        }
        return nil
    }
}
