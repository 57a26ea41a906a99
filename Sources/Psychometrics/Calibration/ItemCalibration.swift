import Foundation

/// Marginal maximum-likelihood calibration of dichotomous items by the EM algorithm of Bock &
/// Aitkin (1981), followed by Newton–Raphson on the marginal likelihood and standard errors from
/// the observed information (Louis 1982).
///
/// θ ~ N(0, 1) is replaced by a ``QuadratureRule``. Each EM cycle:
/// 1. E-step: each row's posterior weights over the nodes, w_rq ∝ A_q·Π_i P_iq^x(1 − P_iq)^(1−x)
///    over the cells the row was administered, and the expected counts n̄_iq, r̄_iq
///    (Bock & Aitkin 1981, eqs. 8–9; ``ExpectedCounts``).
/// 2. M-step: per item, Newton–Raphson with step halving on the expected complete-data
///    log-likelihood Σ_q [r̄_iq·log P_iq + (n̄_iq − r̄_iq)·log Q_iq] (+ log prior) in the
///    slope-intercept parameters logit P* = D·a·θ + intercept (eq. 10; Baker & Kim 2004, ch. 6).
///    The common-slope Rasch model solves all items jointly.
///
/// EM stops when no a, intercept or c moves by more than ``CalibrationOptions/tolerance``.
/// Newton–Raphson on log L (+ log prior) with the exact observed information then finishes the
/// fit, each step halved until the objective does not decrease; at the final point the inverse
/// information gives the standard errors, b = −intercept/(D·a) and c = 1/(1 + e^(−γ)) theirs by
/// the delta method.
public enum ItemCalibration {
    /// Below this largest Newton–Raphson step the refinement has converged.
    static let newtonTolerance = 1e-10

    /// Calibrates every item of `scores` under `model`.
    ///
    /// - Throws: ``PsychometricsError/itemWithoutVariation(item:administered:correct:)`` when an
    ///   item was given to nobody, or answered the same way by everybody given it.
    public static func calibrate(
        _ scores: SparseScoreMatrix, model: CalibrationModel, options: CalibrationOptions = CalibrationOptions()
    ) throws -> CalibrationResult {
        let totals = scores.itemTotals()
        for item in 0..<scores.itemCount {
            let administered = totals.administered[item]
            let correct = totals.correct[item]
            guard administered > 0, correct > 0, correct < administered else {
                throw PsychometricsError.itemWithoutVariation(item: item, administered: administered, correct: correct)
            }
        }
        let D = options.scaling
        let likelihood = MarginalLikelihood(
            scores: scores, model: model, quadrature: options.quadrature, scaling: D)
        var parameters = ItemParameterSet(
            model: model, proportionsCorrect: zip(totals.correct, totals.administered).map { $0 / $1 }, scaling: D)

        var expected = likelihood.expectation(parameters)
        var cycles = 0
        var converged = false
        while cycles < options.maximumCycles {
            let next = likelihood.maximization(from: parameters, counts: expected.counts)
            cycles += 1
            let change = next.maximumChange(from: parameters, scaling: D)
            parameters = next
            expected = likelihood.expectation(parameters)
            if change < options.tolerance {
                converged = true
                break
            }
        }

        var logLikelihood = expected.logLikelihood
        var newtonSteps = 0
        var information: ObservedInformation?
        if options.newtonSteps > 0 || options.computesStandardErrors {
            let refined = refine(parameters, likelihood: likelihood, logLikelihood: logLikelihood, steps: options.newtonSteps)
            parameters = refined.parameters
            information = refined.information
            logLikelihood = refined.information.logLikelihood
            newtonSteps = refined.steps
            converged = converged || refined.converged
        }

        let covariance = options.computesStandardErrors ? information.flatMap { inverse(of: $0, likelihood.layout) } : nil
        let items = (0..<scores.itemCount).map { item in
            calibratedItem(item, parameters, covariance: covariance, layout: likelihood.layout, scaling: D)
        }
        return CalibrationResult(
            model: model, items: items, logLikelihood: logLikelihood, cycles: cycles, converged: converged,
            newtonSteps: newtonSteps, maximumAbsoluteGradient: information.map { $0.gradient.map(abs).max() ?? 0 })
    }

    /// Newton–Raphson on the penalised marginal log-likelihood from the EM estimate.
    ///
    /// Returns the final parameters with the information evaluated at them. Stops after `steps`
    /// steps, when the step is below ``newtonTolerance`` (then it is not taken: the point is
    /// already that close to the maximiser), when the information is not positive definite, or
    /// when halving finds no step that does not decrease the objective.
    private static func refine(
        _ start: ItemParameterSet, likelihood: MarginalLikelihood, logLikelihood: Double, steps: Int
    ) -> (parameters: ItemParameterSet, information: ObservedInformation, steps: Int, converged: Bool) {
        let layout = likelihood.layout
        let k = layout.parameterCount
        var parameters = start
        var information = likelihood.information(at: parameters)
        var objective = logLikelihood + likelihood.logPrior(parameters)
        var taken = 0
        while taken < steps {
            guard let factor = CholeskyFactorization(information.information, dimension: k) else { break }
            let step = factor.solve(information.gradient)
            let largest = step.map(abs).max() ?? 0
            if largest < newtonTolerance { return (parameters, information, taken, true) }
            let phi = parameters.vector(layout)
            var length = 1.0
            var accepted = false
            for _ in 0..<30 {
                let trial = parameters.replacing(with: zip(phi, step).map { $0 + length * $1 }, layout)
                let trialObjective = likelihood.expectation(trial).logLikelihood + likelihood.logPrior(trial)
                if trialObjective >= objective - 1e-12 * abs(objective) {
                    parameters = trial
                    objective = trialObjective
                    accepted = true
                    break
                }
                length *= 0.5
            }
            guard accepted else { break }
            taken += 1
            information = likelihood.information(at: parameters)
        }
        return (parameters, information, taken, false)
    }

    /// The inverse observed information, or nil when it is not positive definite.
    private static func inverse(of information: ObservedInformation, _ layout: ParameterLayout) -> [Double]? {
        CholeskyFactorization(information.information, dimension: layout.parameterCount)?.inverse()
    }

    /// One item in the reported metric, with delta-method standard errors:
    /// se(a) = se(α)/D; Var(b) = Var(d)/α² + d²·Var(α)/α⁴ − 2d·Cov(α, d)/α³ for b = −d/α;
    /// se(c) = c(1 − c)·se(γ) for c = 1/(1 + e^(−γ)).
    private static func calibratedItem(
        _ item: Int, _ parameters: ItemParameterSet, covariance: [Double]?, layout: ParameterLayout, scaling D: Double
    ) -> CalibratedItem {
        let slope = parameters.slope[item]
        let intercept = parameters.intercept[item]
        let c = parameters.guessing[item]
        var result = CalibratedItem(a: slope / D, b: -intercept / slope, c: c, intercept: intercept)
        guard let covariance else { return result }
        let k = layout.parameterCount
        let slopeIndex = layout.index(item: item, kind: 0)
        let interceptIndex = layout.index(item: item, kind: 1) ?? 0
        let varianceIntercept = covariance[interceptIndex * k + interceptIndex]
        var varianceSlope = 0.0
        var covarianceSlopeIntercept = 0.0
        if let slopeIndex {
            varianceSlope = covariance[slopeIndex * k + slopeIndex]
            covarianceSlopeIntercept = covariance[slopeIndex * k + interceptIndex]
        }
        let varianceB =
            varianceIntercept / (slope * slope)
            + intercept * intercept * varianceSlope / (slope * slope * slope * slope)
            - 2 * intercept * covarianceSlopeIntercept / (slope * slope * slope)
        result.standardErrors = CalibratedItem.StandardErrors(
            a: slopeIndex.map { _ in varianceSlope.squareRoot() / D },
            b: varianceB.squareRoot(),
            c: layout.index(item: item, kind: 2).map { c * (1 - c) * covariance[$0 * k + $0].squareRoot() },
            intercept: varianceIntercept.squareRoot())
        return result
    }
}
