import AssessCore
import Foundation
import Records

/// The spec's attempt rules: how many attempts, how long between them, no retake after a pass,
/// and which items a retake must not show again.
enum AttemptRulesCheck {
    static func check(spec: TestSpec, candidateID: Int64, store: RecordStore, now: Timestamp) throws {
        let rules = spec.attempts
        let earlier: [Recorded<Attempt>]
        do {
            earlier = try store.attempts(candidateID: candidateID).filter { $0.value.plan.testID == spec.id && $0.value.status != .voided }
        } catch {
            throw DeliveryError.records(error)
        }
        if let maximum = rules.maximumAttempts, earlier.count >= maximum {
            throw DeliveryError.attemptRefused("You have used all \(maximum) attempt\(maximum == 1 ? "" : "s") allowed for \(spec.title).")
        }
        if !rules.retakeAfterPass {
            for attempt in earlier where attempt.value.status == .completed {
                if (try? store.currentResult(attemptID: attempt.id))??.value.scores.decision == .pass {
                    throw DeliveryError.attemptRefused("You have already passed \(spec.title); it cannot be taken again.")
                }
            }
        }
        if rules.retakeAfterDays > 0, let last = earlier.compactMap({ $0.value.finishedAt ?? $0.value.plan.startedAt }).max() {
            let allowedFrom = last.millisecondsSince1970 + Int64(rules.retakeAfterDays) * 86_400_000
            if now.millisecondsSince1970 < allowedFrom {
                let date = Timestamp(millisecondsSince1970: allowedFrom).day
                throw DeliveryError.attemptRefused("A retake of \(spec.title) is allowed from \(date) (\(rules.retakeAfterDays) days after the last attempt).")
            }
        }
    }

    /// Items the candidate saw in the named tests within the rule's window, for rules that
    /// require them excluded.
    static func excludedItems(spec: TestSpec, candidateID: Int64, store: RecordStore, now: Timestamp) throws -> Set<String> {
        let required = spec.attempts.excludeSeen.filter { $0.enforcement == .required }
        guard !required.isEmpty else { return [] }
        var excluded: Set<String> = []
        do {
            for attempt in try store.attempts(candidateID: candidateID) {
                for rule in required where rule.tests.contains(attempt.value.plan.testID) || rule.tests.isEmpty && attempt.value.plan.testID == spec.id {
                    let windowStart = now.millisecondsSince1970 - Int64(rule.withinDays) * 86_400_000
                    guard attempt.value.plan.startedAt.millisecondsSince1970 >= windowStart else { continue }
                    for response in try store.responses(attemptID: attempt.id) { excluded.insert(response.value.itemID) }
                }
            }
        } catch {
            throw DeliveryError.records(error)
        }
        return excluded
    }
}
