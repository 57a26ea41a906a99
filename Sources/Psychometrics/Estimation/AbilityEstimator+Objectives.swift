/// The objectives maximised by the modal estimators (MLE, MAP, WLE).

/// log L(θ); its gradient is the score function Σ (u − P)·P′/(P·Q).
struct LogLikelihoodObjective: ThetaObjective {
    let likelihood: ResponsePatternLikelihood

    func gradient(at theta: Double) -> Double { likelihood.derivatives(at: theta).score }
    func value(at theta: Double) -> Double? { likelihood.logLikelihood(at: theta) }
}

/// log L(θ) + log φ((θ − μ)/σ): the log posterior under a normal prior, up to a constant
/// (Bayes modal estimation, Baker & Kim 2004); gradient score − (θ − μ)/σ².
struct LogPosteriorObjective: ThetaObjective {
    let likelihood: ResponsePatternLikelihood
    let prior: NormalPrior

    func gradient(at theta: Double) -> Double {
        likelihood.derivatives(at: theta).score + prior.logDensitySlope(at: theta)
    }

    func value(at theta: Double) -> Double? {
        likelihood.logLikelihood(at: theta) + prior.logDensityKernel(at: theta)
    }
}

/// Warm's (1989) weighted likelihood: the estimating function score + J/(2I), whose root is
/// the WLE. Only the gradient is used: for items with guessing J ≠ dI/dθ and the function has
/// no closed-form integral, so competing roots are compared by integrating it along the scan.
struct WeightedLikelihoodObjective: ThetaObjective {
    let likelihood: ResponsePatternLikelihood

    func gradient(at theta: Double) -> Double {
        let derivatives = likelihood.derivatives(at: theta)
        // No information at all (every P underflowed): no correction is defined; the score
        // alone is then 0 as well.
        guard derivatives.information > 0 else { return derivatives.score }
        return derivatives.score + derivatives.warmNumerator / (2 * derivatives.information)
    }

    func value(at theta: Double) -> Double? { nil }
}
