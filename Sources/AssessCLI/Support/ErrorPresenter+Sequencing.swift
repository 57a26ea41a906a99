import Sequencing

/// The text of the sequencer's errors: what cannot be run, and why.
extension ErrorPresenter {
    static func message(for error: SequencingError) -> String {
        switch error {
        case .unsupportedSpecSetting(let setting, let reason):
            return "error: the test cannot be run as specified: \(setting): \(reason)"
        case .undeliverableItem(let id, let status):
            return "error: item '\(id)' is \(status.rawValue) and cannot be delivered"
        case .duplicateItem(let id):
            return "error: item '\(id)' appears twice in the pool"
        case .uncalibratedItem(let id):
            return "error: item '\(id)' has no dichotomous IRT parameters (rasch, 2pl or 3pl); an adaptive test needs them for every scored item"
        case .invalidBlueprint(let problem):
            switch problem {
            case .noAreas: return "error: the blueprint names no area"
            case .duplicateArea(let area): return "error: the blueprint names area '\(area)' twice"
            case .invalidRequirement(let area): return "error: the blueprint's requirement for '\(area)' is out of range"
            case .sharesDoNotAddUp(let sum): return "error: the blueprint's shares add up to \(sum * 100)%, not 100%"
            }
        case .invalidDesign(let problem):
            return "error: " + message(for: problem)
        case .infeasibleForm(let problem):
            switch problem {
            case .lengthOutsideBlueprint(let length, let minimum, let maximum):
                return "error: the blueprint cannot be met by a form of \(length) items: its minimum counts add up to \(minimum), its maximum counts to \(maximum)"
            case .tooFewItemsInPool(let needed, let available):
                return "error: the pool has \(available) eligible scored items; the form needs \(needed)"
            case .tooFewItems(let area, let needed, let available):
                return "error: area '\(area)' has \(available) eligible items; the form needs \(needed)"
            case .enemiesPreventForm: return "error: enemy items leave no form that meets the blueprint"
            case .stimulusSetsPreventExactCounts:
                return "error: whole stimulus sets cannot make the blueprint's exact counts"
            case .searchLimitReached(let nodes): return "error: no form found within \(nodes) search steps"
            }
        case .replayMismatch(let position, _, _):
            return "error: the recorded responses do not replay at position \(position + 1): the design, pool or seed differ"
        }
    }

    static func message(for problem: SequencingError.DesignProblem) -> String {
        switch problem {
        case .invalidLength(let minimum, let maximum):
            "the test lengths must satisfy 1 ≤ min-items (\(minimum)) ≤ max-items (\(maximum))"
        case .blueprintDoesNotFitLength(let length, let minimum, let maximum):
            "the blueprint cannot be met by a test of \(length) items: its minimum counts add up to \(minimum), its maximum counts to \(maximum)"
        case .classificationWithoutCut: "a classification stopping rule needs a cut θ (scoring.cut, or --cut)"
        case .invalidRandomesqueCount(let k): "randomesque k must be at least 1, not \(k)"
        case .invalidExposureParameters(let expected, let got):
            "Sympson–Hetter needs \(expected) probabilities in [0, 1], got \(got)"
        case .invalidPretestPositions(let positions): "pretest positions \(positions) must be ≥ 1 and increasing"
        case .invalidPretestDraw(let count, let range):
            "\(count) pretest positions cannot be drawn from \(range.lowerBound)–\(range.upperBound)"
        case .invalidStrata(let strata): "\(strata) a-strata need at least as many calibrated scored items"
        case .invalidSimulation: "a simulation needs at least one examinee and a valid θ distribution"
        }
    }
}
