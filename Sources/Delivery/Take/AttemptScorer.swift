import Analysis
import Foundation
import AssessCore
import Psychometrics
import Records
import Sequencing

/// Scores a finished attempt by the spec's policy and writes the feedback the spec allows.
///
/// - Number correct (module tests): raw, percent, mastery against a percent or raw cut, and the
///   result per objective; keys and rationales only when the spec's feedback level allows it
///   (never for secure items).
/// - θ (certification): the adaptive engine's final estimate and decision (or, when the engine
///   did not reach a decision, θ ≥ cut, as the maximum-length rule says); a test the candidate
///   ended early (`quit`) is a fail; for a fail, the blocks
///   whose own items put the candidate below the cut. Never keys, rationales or parameters.
/// - Rating profile (self-assessment): the competencies rated at or below the spec's threshold,
///   lowest first, with the modules that develop them.
struct AttemptScorer {
    let spec: TestSpec
    let bank: ItemBank
    let form: [String]?

    struct Result {
        var scores: Scores
        var screen: String
    }

    func score(
        _ responses: [ItemResponse], adaptiveStop: (reason: StopReason, decision: Sequencing.Decision?)?,
        adaptiveEstimate: (theta: Double, standardError: Double)?, outcome: SessionOutcome
    ) -> Result {
        let answers = responses.map { ScoredAnswer(itemID: $0.itemID, score: $0.countsTowardScore ? $0.scoredValue : nil) }
        let delivered = form ?? responses.map(\.itemID)
        let tally = AttemptOutcome.numberCorrect(answers, bank: bank, form: delivered)
        var subscores: [String: Subscore] = [:]
        for objective in AttemptOutcome.byObjective(answers, bank: bank, form: delivered) {
            subscores["objective/\(objective.objective)"] = Subscore(raw: objective.correct, maximum: Double(objective.total))
        }
        for block in AttemptOutcome.byBlock(answers, bank: bank, form: delivered) {
            subscores["block/\(block.objective)"] = Subscore(raw: block.correct, maximum: Double(block.total))
        }
        var scores = Scores(
            raw: tally.raw, maximum: Double(tally.maximum), percent: tally.percent, subscores: subscores, policyID: spec.id,
            policyHash: spec.contentHash)
        var screen = "\n" + ending(outcome) + "\n"
        switch spec.scoring.method {
        case .numberCorrect:
            if let cut = spec.scoring.cut {
                let passed = cut.scale == .raw ? tally.raw >= cut.value : tally.percent >= cut.value - 1e-9
                scores.decision = passed ? .pass : .fail
            }
            screen += moduleFeedback(answers: answers, delivered: delivered, tally: tally, decision: scores.decision)
        case .theta:
            let estimate = adaptiveEstimate ?? fallbackEstimate(responses)
            scores.theta = estimate?.theta
            scores.standardError = estimate?.standardError
            let cut = spec.scoring.cut.map(\.value) ?? 0
            if outcome == .quit {
                // Ended by the candidate before the engine's stopping rules were met: a fail,
                // whatever θ is, or a candidate could stop the moment θ crossed the cut.
                scores.decision = .fail
            } else if let decision = adaptiveStop?.decision, decision != .incomplete {
                scores.decision = decision == .pass ? .pass : .fail
            } else if let theta = estimate?.theta {
                scores.decision = theta >= cut ? .pass : .fail
            } else {
                scores.decision = .fail
            }
            screen += certificationFeedback(responses, decision: scores.decision ?? .fail, cut: cut)
        case .ratingProfile(let threshold):
            screen += profile(answers, threshold: threshold)
        }
        return Result(scores: scores, screen: screen)
    }

    private func ending(_ outcome: SessionOutcome) -> String {
        switch outcome {
        case .finished: "Test complete. Your answers are recorded."
        case .quit: "You ended the test. Your answers are recorded; unanswered items score zero."
        case .timeUp: "Time is up. Your answers are recorded; unanswered items score zero."
        case .paused: ""
        }
    }

    private func moduleFeedback(
        answers: [ScoredAnswer], delivered: [String], tally: (raw: Double, maximum: Int, percent: Double), decision: Records.Decision?
    ) -> String {
        var out = "Your score: \(Self.number(tally.raw)) of \(tally.maximum) (\(Int(tally.percent.rounded()))%)."
        if let decision {
            let labels = spec.scoring.labels
            out += " Result: " + (decision == .pass ? (labels?.met ?? "mastery") : (labels?.notMet ?? "not yet mastered")) + "."
        }
        out += "\n"
        guard spec.feedback.level != .none, spec.feedback.level != .score else { return out }
        let objectives = AttemptOutcome.byObjective(answers, bank: bank, form: delivered)
        out += "\nBy learning objective:\n"
        for objective in objectives {
            out += "  \(objective.objective): \(Self.number(objective.correct)) of \(objective.total)\n"
        }
        let threshold = spec.feedback.revisitBelowPercent ?? spec.scoring.cut.flatMap { $0.scale == .percent ? $0.value : nil } ?? 70
        let revisit = objectives.filter { $0.percent < threshold - 1e-9 }.map(\.objective)
        out += revisit.isEmpty ? "\nEvery objective is at or above \(Int(threshold))%.\n" : "\nObjectives to revisit: \(revisit.joined(separator: ", ")).\n"
        if spec.feedback.revealsKeys { out += keysAndRationales(answers: answers, delivered: delivered) }
        return out
    }

    /// The key and rationale of each practice item delivered; secure items are never shown.
    private func keysAndRationales(answers: [ScoredAnswer], delivered: [String]) -> String {
        var out = "\nReview:\n"
        for id in delivered {
            guard let item = bank[id], item.security == .practice, item.type != .ratingScale else { continue }
            out += "\n\(item.stem)\n  Correct answer: \(item.keys.map(\.text).joined(separator: "; "))\n"
            for option in item.keys { if let rationale = option.rationale { out += "  Why: \(rationale)\n" } }
        }
        return out
    }

    private func certificationFeedback(_ responses: [ItemResponse], decision: Records.Decision, cut: Double) -> String {
        let labels = spec.scoring.labels
        guard decision == .fail else { return "Result: \(labels?.met ?? "Pass").\n" }
        var out = "Result: \(labels?.notMet ?? "Fail").\n"
        let weakBlocks = blocksBelowCut(responses, cut: cut)
        if !weakBlocks.isEmpty {
            out += "Blocks to work on: \(weakBlocks.joined(separator: ", ")).\n"
        }
        out += "Talk with your supervisor about the training modules in these blocks before you retake the test.\n"
        return out
    }

    /// Blocks whose own scored items give a MAP estimate (N(0,1) prior) below the cut θ.
    private func blocksBelowCut(_ responses: [ItemResponse], cut: Double) -> [String] {
        var byBlock: [Block: [(DichotomousItem, Bool)]] = [:]
        for response in responses where response.countsTowardScore {
            guard let item = bank[response.itemID], let block = item.classification.block, let irt = item.irt, let b = irt.b,
                irt.model.isDichotomous
            else { continue }
            byBlock[block, default: []].append(
                (DichotomousItem(a: irt.a * irt.scalingConstant, b: b, c: irt.model == .threePL ? irt.c : 0), (response.scoredValue ?? 0) >= 1))
        }
        return Block.allCases.compactMap { block in
            guard let entries = byBlock[block], !entries.isEmpty else { return nil }
            let pool = DichotomousPool(items: entries.map(\.0))
            let estimate = try? AbilityEstimator.maximumAPosteriori().estimate(responses: entries.map(\.1), on: pool)
            return (estimate?.theta ?? -.infinity) < cut ? block.title : nil
        }
    }

    private func fallbackEstimate(_ responses: [ItemResponse]) -> (theta: Double, standardError: Double)? {
        var items: [DichotomousItem] = []
        var correct: [Bool] = []
        for response in responses where response.countsTowardScore {
            guard let irt = bank[response.itemID]?.irt, let b = irt.b, irt.model.isDichotomous else { continue }
            items.append(DichotomousItem(a: irt.a * irt.scalingConstant, b: b, c: irt.model == .threePL ? irt.c : 0))
            correct.append((response.scoredValue ?? 0) >= 1)
        }
        guard !items.isEmpty, let estimate = try? AbilityEstimator.expectedAPosteriori().estimate(responses: correct, on: DichotomousPool(items: items))
        else { return nil }
        return (estimate.theta, estimate.standardError)
    }

    private func profile(_ answers: [ScoredAnswer], threshold: Int) -> String {
        let needs = AttemptOutcome.developmentNeeds(answers, bank: bank, count: 100).filter { $0.rating <= threshold }
        guard !needs.isEmpty else { return "Your profile shows no development needs at or below \(threshold). Well done.\n" }
        var out = "Your development needs (rated \(threshold) or lower), most pressing first:\n"
        for need in needs {
            out += "  - \(need.statement) (rated \(need.rating))\n    Modules: \(need.modules.joined(separator: ", "))\n"
        }
        return out
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
