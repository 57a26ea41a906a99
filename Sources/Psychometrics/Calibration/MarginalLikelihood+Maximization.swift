import Foundation

/// One item's M-step objective with its gradient, exact negative Hessian and expected (Fisher)
/// information, in (α, intercept, logit c).
struct ItemTerms: Sendable {
    var gradient = SIMD3<Double>(0, 0, 0)
    var negativeHessian = SymmetricMatrix3()
    var fisherInformation = SymmetricMatrix3()
}

extension MarginalLikelihood {
    /// Newton–Raphson iterations per M-step, and the step size at which they stop.
    static let maximizationIterations = 50
    static let maximizationTolerance = 1e-10

    /// The M-step objective of one item: its expected complete-data log-likelihood plus its log
    /// prior (Bock & Aitkin 1981, eq. 10; Baker & Kim 2004, eq. 6.13):
    ///
    /// F_i = Σ_q [r̄_iq·log P_i(θ_q) + (n̄_iq − r̄_iq)·log Q_i(θ_q)] + log π_i.
    func itemObjective(
        item: Int, slope: Double, intercept: Double, guessing c: Double, counts: UnsafeBufferPointer<Double>
    ) -> Double {
        var total = logPrior(slope: slope, guessing: c)
        guard total.isFinite else { return -.infinity }
        let q = nodeCount
        let incorrect = 2 * item * q
        let correct = incorrect + q
        for node in 0..<q {
            let logs = ResponseDerivatives.logProbabilities(logit: slope * nodes[node] + intercept, guessing: c)
            total += counts[correct + node] * logs.correct + counts[incorrect + node] * logs.incorrect
        }
        return total
    }

    /// Gradient Σ_q Σ_x c̄_ixq·s_x(θ_q), exact negative Hessian Σ_q Σ_x c̄_ixq·(−H_x(θ_q)) and
    /// Fisher information Σ_q n̄_iq·P′P′ᵀ/(PQ) of ``itemObjective(item:slope:intercept:guessing:counts:)``,
    /// with the prior's terms (a negative prior curvature is left out of the Fisher matrix so
    /// that it stays positive semi-definite).
    func itemTerms(
        item: Int, slope: Double, intercept: Double, guessing c: Double, counts: UnsafeBufferPointer<Double>
    ) -> ItemTerms {
        let prior = priorDerivatives(slope: slope, guessing: c)
        var terms = ItemTerms(gradient: prior.gradient, negativeHessian: prior.negativeHessian)
        terms.fisherInformation.ss = max(prior.negativeHessian.ss, 0)
        terms.fisherInformation.gg = max(prior.negativeHessian.gg, 0)
        let q = nodeCount
        let incorrect = 2 * item * q
        let correct = incorrect + q
        for node in 0..<q {
            let derivatives = ResponseDerivatives(slope: slope, intercept: intercept, guessing: c, theta: nodes[node])
            let n0 = counts[incorrect + node]
            let n1 = counts[correct + node]
            terms.gradient += n0 * derivatives.score0 + n1 * derivatives.score1
            terms.negativeHessian =
                terms.negativeHessian + n0 * derivatives.negativeHessian0 + n1 * derivatives.negativeHessian1
            // P′P′ᵀ/(PQ) = −s₁·s₀ᵀ, as s₁ = P′/P and s₀ = −P′/Q.
            let s1 = derivatives.score1
            let s0 = -derivatives.score0
            let n = n0 + n1
            terms.fisherInformation =
                terms.fisherInformation
                + n
                * SymmetricMatrix3(
                    ss: s1[0] * s0[0], si: s1[0] * s0[1], sg: s1[0] * s0[2],
                    ii: s1[1] * s0[1], ig: s1[1] * s0[2], gg: s1[2] * s0[2])
        }
        return terms
    }

    /// The M-step: maximises each item's objective from `start` for the expected `counts`.
    ///
    /// Newton–Raphson with the exact Hessian (which for c = 0 is also the Fisher information, the
    /// logit being the canonical link), falling back to Fisher scoring where the 3PL Hessian is
    /// not negative definite; each step is halved until the objective does not decrease.
    func maximization(from start: ItemParameterSet, counts: [Double]) -> ItemParameterSet {
        counts.withUnsafeBufferPointer { counts in
            layout.sharesSlope ? maximizeCommonSlope(from: start, counts: counts) : maximizeEachItem(from: start, counts: counts)
        }
    }

    private func maximizeEachItem(from start: ItemParameterSet, counts: UnsafeBufferPointer<Double>) -> ItemParameterSet {
        var result = start
        let active = layout.active
        for item in 0..<itemCount {
            var slope = start.slope[item]
            var intercept = start.intercept[item]
            var c = start.guessing[item]
            var value = itemObjective(item: item, slope: slope, intercept: intercept, guessing: c, counts: counts)
            for _ in 0..<Self.maximizationIterations {
                let terms = itemTerms(item: item, slope: slope, intercept: intercept, guessing: c, counts: counts)
                guard
                    let step = terms.negativeHessian.solve(terms.gradient, active: active)
                        ?? terms.fisherInformation.solve(terms.gradient, active: active)
                else { break }
                let gamma = active[2] == 1 ? log(c / (1 - c)) : 0
                var length = 1.0
                var accepted = false
                for _ in 0..<40 {
                    let trialSlope = slope + length * step[0]
                    let trialIntercept = intercept + length * step[1]
                    let trialC = active[2] == 1 ? ResponseDerivatives.logistic(gamma + length * step[2]) : c
                    let trial = itemObjective(
                        item: item, slope: trialSlope, intercept: trialIntercept, guessing: trialC, counts: counts)
                    if trial >= value - 1e-13 * abs(value) {
                        (slope, intercept, c, value) = (trialSlope, trialIntercept, trialC, trial)
                        accepted = true
                        break
                    }
                    length *= 0.5
                }
                let change = length * max(abs(step[0]), abs(step[1]), abs(step[2]))
                if !accepted || change < Self.maximizationTolerance { break }
            }
            result.slope[item] = slope
            result.intercept[item] = intercept
            result.guessing[item] = c
        }
        return result
    }

    /// Joint Newton–Raphson on the common slope and all intercepts. The negative Hessian is an
    /// arrow matrix [[h_αα, h_αdᵀ], [h_αd, diag(h_dd)]], solved through the Schur complement
    /// h_αα − Σ_i h_αd,i²/h_dd,i in O(n).
    private func maximizeCommonSlope(from start: ItemParameterSet, counts: UnsafeBufferPointer<Double>) -> ItemParameterSet {
        var slope = start.slope[0]
        var intercepts = start.intercept
        var trialIntercepts = intercepts
        var mixed = [Double](repeating: 0, count: itemCount)
        var curvature = [Double](repeating: 0, count: itemCount)
        var interceptGradient = [Double](repeating: 0, count: itemCount)
        func objective(_ slope: Double, _ intercepts: [Double]) -> Double {
            (0..<itemCount).reduce(0) {
                $0 + itemObjective(item: $1, slope: slope, intercept: intercepts[$1], guessing: 0, counts: counts)
            }
        }
        var value = objective(slope, intercepts)
        for _ in 0..<Self.maximizationIterations {
            var slopeGradient = 0.0
            var slopeCurvature = 0.0
            for item in 0..<itemCount {
                let terms = itemTerms(item: item, slope: slope, intercept: intercepts[item], guessing: 0, counts: counts)
                slopeGradient += terms.gradient[0]
                slopeCurvature += terms.negativeHessian.ss
                mixed[item] = terms.negativeHessian.si
                curvature[item] = terms.negativeHessian.ii
                interceptGradient[item] = terms.gradient[1]
            }
            var schur = slopeCurvature
            var right = slopeGradient
            for item in 0..<itemCount {
                guard curvature[item] > 0 else { return start }
                schur -= mixed[item] * mixed[item] / curvature[item]
                right -= mixed[item] * interceptGradient[item] / curvature[item]
            }
            guard schur > 0 else { break }
            let slopeStep = right / schur
            var largest = abs(slopeStep)
            for item in 0..<itemCount {
                largest = max(largest, abs((interceptGradient[item] - mixed[item] * slopeStep) / curvature[item]))
            }
            var length = 1.0
            var accepted = false
            for _ in 0..<40 {
                for item in 0..<itemCount {
                    let step = (interceptGradient[item] - mixed[item] * slopeStep) / curvature[item]
                    trialIntercepts[item] = intercepts[item] + length * step
                }
                let trial = objective(slope + length * slopeStep, trialIntercepts)
                if trial >= value - 1e-13 * abs(value) {
                    slope += length * slopeStep
                    swap(&intercepts, &trialIntercepts)
                    value = trial
                    accepted = true
                    break
                }
                length *= 0.5
            }
            if !accepted || length * largest < Self.maximizationTolerance { break }
        }
        return ItemParameterSet(
            slope: [Double](repeating: slope, count: itemCount), intercept: intercepts, guessing: start.guessing)
    }
}
