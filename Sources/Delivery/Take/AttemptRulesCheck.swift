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
}
