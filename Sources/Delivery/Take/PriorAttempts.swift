import AssessCore
import Records

/// What a candidate's earlier attempts decide about a new one: the items it must not show
/// again, the items it should avoid, and the θ an adaptive test may start from.
///
/// Everything is measured from the attempt's own start (`reference`) and ignores the attempt
/// itself (`attemptID`), so every sitting of a resumed attempt sees the same answer.
struct PriorAttempts {
    /// Items seen under a `required` rule: never shown.
    var excluded: Set<String> = []
    /// Items seen under a `preferred` rule, with when they were last seen (ms since 1970):
    /// avoided while the pool can do without them, least recently seen reused first.
    var avoided: [String: Int64] = [:]
    /// The final θ (first result) of the latest earlier attempt at this test that had finished
    /// within the start rule's window (`start: previous-attempt`), if any.
    var previousTheta: Double?

    static func load(
        spec: TestSpec, candidateID: Int64, excludingAttempt attemptID: Int64?, reference: Timestamp, store: RecordStore
    ) throws -> PriorAttempts {
        var prior = PriorAttempts()
        do {
            let earlier = try store.attempts(candidateID: candidateID).filter { $0.id != attemptID }
            for attempt in earlier {
                guard attempt.value.plan.startedAt.millisecondsSince1970 <= reference.millisecondsSince1970 else { continue }
                // When it ended, if it had by the reference time; else when it started (so an attempt
                // that ends between two sittings of this one does not move).
                let seenAt = attempt.value.finishedAt.map(\.millisecondsSince1970).flatMap { $0 <= reference.millisecondsSince1970 ? $0 : nil }
                    ?? attempt.value.plan.startedAt.millisecondsSince1970
                let rules = spec.attempts.excludeSeen.filter { rule in
                    rule.tests(ownID: spec.id).contains(attempt.value.plan.testID)
                        && seenAt >= reference.millisecondsSince1970 - Int64(rule.withinDays) * 86_400_000
                }
                guard !rules.isEmpty else { continue }
                let items = try store.responses(attemptID: attempt.id)
                    .filter { $0.value.answeredAt.millisecondsSince1970 <= reference.millisecondsSince1970 }.map(\.value.itemID)
                if rules.contains(where: { $0.enforcement == .required }) {
                    prior.excluded.formUnion(items)
                } else {
                    for item in items { prior.avoided[item] = max(prior.avoided[item] ?? .min, seenAt) }
                }
            }
            for item in prior.excluded { prior.avoided[item] = nil }
            if case .adaptive(let design) = spec.mode, case .previousAttempt(let withinDays, _) = design.start {
                // As things stood at the reference time: attempts finished by then, whatever their
                // status now, and the θ of their first result (a later rescoring or voiding does
                // not move the start of an attempt already under way).
                let windowStart = withinDays.map { reference.millisecondsSince1970 - Int64($0) * 86_400_000 } ?? .min
                let finished = earlier.compactMap { attempt -> (Int64, Int64)? in
                    guard attempt.value.plan.testID == spec.id, let end = attempt.value.finishedAt?.millisecondsSince1970,
                        end >= windowStart, end <= reference.millisecondsSince1970
                    else { return nil }
                    return (end, attempt.id)
                }
                for (_, id) in finished.sorted(by: { $0 > $1 }) {
                    if let theta = try store.results(attemptID: id).first(where: { $0.value.revision == 1 })?.value.scores.theta {
                        prior.previousTheta = theta
                        break
                    }
                }
            }
        } catch {
            throw DeliveryError.records(error)
        }
        return prior
    }

    /// The avoided items in the order they are given back: least recently seen first, ties by id.
    var givenBackOrder: [String] {
        avoided.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.map(\.key)
    }

    /// What `build` makes of the pool without the required exclusions and as many avoided items
    /// as it can do without: all of them if it can; otherwise the fewest given back, in
    /// ``givenBackOrder``, that let it succeed (a binary search, since giving items back only
    /// adds supply). When even the required exclusions alone fail, that error is thrown.
    func firstFeasible<Value>(_ build: (Set<String>) throws -> Value) throws -> Value {
        let order = givenBackOrder
        let keptOff = { (givenBack: Int) in excluded.union(order.dropFirst(givenBack)) }
        if order.isEmpty { return try build(excluded) }
        if let value = try? build(keptOff(0)) { return value }
        var best = try build(keptOff(order.count))
        var (failing, working) = (0, order.count)
        while working - failing > 1 {
            let middle = (failing + working) / 2
            if let value = try? build(keptOff(middle)) {
                (best, working) = (value, middle)
            } else {
                failing = middle
            }
        }
        return best
    }
}
