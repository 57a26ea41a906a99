import Foundation

/// The parameters of every item during estimation, as parallel arrays: slope α = D·a, intercept,
/// and lower asymptote c (0 outside the 3PL).
struct ItemParameterSet: Sendable, Equatable {
    var slope: [Double]
    var intercept: [Double]
    var guessing: [Double]

    /// Starting values: a = 1, c at the prior's mode (3PL) or 0, and the intercept that
    /// reproduces each item's proportion correct p at θ = 0, logit((p − c)/(1 − c)), with p kept
    /// inside [c + 0.001, 0.999] (the start of Bock & Aitkin 1981 and of the reference script).
    init(model: CalibrationModel, proportionsCorrect: [Double], scaling: Double) {
        let count = proportionsCorrect.count
        let c: Double
        if let prior = model.guessingPrior {
            c = (prior.alpha - 1) / (prior.alpha + prior.beta - 2)
        } else {
            c = 0
        }
        slope = [Double](repeating: scaling, count: count)
        guessing = [Double](repeating: c, count: count)
        intercept = proportionsCorrect.map { p in
            let clipped = min(max((p - c) / (1 - c), 0.001), 0.999)
            return log(clipped / (1 - clipped))
        }
    }

    init(slope: [Double], intercept: [Double], guessing: [Double]) {
        self.slope = slope
        self.intercept = intercept
        self.guessing = guessing
    }

    /// The value of parameter `kind` (0 slope, 1 intercept, 2 logit c) of `item`.
    func value(item: Int, kind: Int) -> Double {
        switch kind {
        case 0: slope[item]
        case 1: intercept[item]
        default: log(guessing[item] / (1 - guessing[item]))
        }
    }

    /// The parameters as the vector φ of `layout`.
    func vector(_ layout: ParameterLayout) -> [Double] {
        var phi = [Double](repeating: 0, count: layout.parameterCount)
        for item in slope.indices {
            for kind in layout.kinds {
                if let index = layout.index(item: item, kind: kind) { phi[index] = value(item: item, kind: kind) }
            }
        }
        return phi
    }

    /// These parameters with the free ones replaced from φ.
    func replacing(with phi: [Double], _ layout: ParameterLayout) -> ItemParameterSet {
        var result = self
        for item in slope.indices {
            for kind in layout.kinds {
                guard let index = layout.index(item: item, kind: kind) else { continue }
                switch kind {
                case 0: result.slope[item] = phi[index]
                case 1: result.intercept[item] = phi[index]
                default: result.guessing[item] = ResponseDerivatives.logistic(phi[index])
                }
            }
        }
        return result
    }

    /// The largest change in a = α/D, intercept or c between two parameter sets (the EM
    /// convergence measure).
    func maximumChange(from other: ItemParameterSet, scaling: Double) -> Double {
        var change = 0.0
        for item in slope.indices {
            change = max(change, abs(slope[item] - other.slope[item]) / scaling)
            change = max(change, abs(intercept[item] - other.intercept[item]))
            change = max(change, abs(guessing[item] - other.guessing[item]))
        }
        return change
    }
}
