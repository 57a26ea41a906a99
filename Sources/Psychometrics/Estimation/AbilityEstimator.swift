/// An ability estimator for dichotomous response patterns, with its settings: MLE, MAP, EAP
/// or WLE.
///
/// | estimator | θ̂ | standard error |
/// |---|---|---|
/// | MLE | argmax log L(θ) on the closed bounds | 1/√I(θ̂) |
/// | MAP | argmax log L(θ) − (θ − μ)²/(2σ²) on the bounds | 1/√(I(θ̂) + 1/σ²) |
/// | EAP | Σ_j X_j·L(X_j)·w_j·φ_j / Σ_j L(X_j)·w_j·φ_j on the grid | posterior SD |
/// | WLE | root of ∂ log L/∂θ + J/(2I) = 0 on the bounds | 1/√I(θ̂) |
///
/// I(θ) = Σ P′²/(P·Q) is the test Fisher information of the administered items and
/// J(θ) = Σ P′·P″/(P·Q). Sources: Lord (1980, ch. 4) for the MLE; Baker & Kim (2004) for
/// Bayes modal estimation and catR's `thetaEst`/`semTheta` (Magis & Raîche 2012) for MAP —
/// its SE adds the prior information 1/σ² to the Fisher information at the mode; Bock &
/// Mislevy (1982) for EAP, with catR's trapezoidal quadrature (``QuadratureGrid``); Warm
/// (1989) for the WLE, whose general correction J/(2I) reduces to maximising L·√I for 2PL
/// and Rasch items, where J = dI/dθ.
///
/// **Policy for all-correct and all-incorrect patterns.** Their likelihood is monotone, so
/// the MLE on the closed bounds is the bound the pattern points to, with the standard error
/// 1/√I at that bound; the estimate is returned as such, flagged
/// ``AbilityEstimate/Note/extremePatternAtBound``. Reasons: it is the exact answer to the
/// question asked (the maximiser on the bounds); it is what catR's `thetaEst` returns with
/// its default `constantPatt = NULL`, so results can be checked; and silently substituting
/// another estimator would mix methods in reported scores. A caller that needs a finite,
/// prior-free alternative reads the note and asks for WLE (finite for such patterns on
/// 2PL/Rasch items) or MAP/EAP — an adaptive test typically does so until the pattern is
/// mixed, as catR's `constantPatt` options do. MAP and EAP are always finite; WLE is taken at the
/// bound, with the same note, only if its estimating equation has no root inside.
///
/// An empty pattern throws for MLE and WLE (the likelihood is flat) and returns the prior
/// for MAP and EAP (``AbilityEstimate/Note/priorOnly``).
public enum AbilityEstimator: Sendable, Hashable {
    /// Maximum likelihood on `bounds`.
    case maximumLikelihood(bounds: ClosedRange<Double> = -4...4)
    /// Bayes modal estimation with a normal prior, on `bounds`.
    case maximumAPosteriori(prior: NormalPrior = .standard, bounds: ClosedRange<Double> = -4...4)
    /// Posterior mean on a precomputed quadrature grid (which holds the prior).
    case expectedAPosteriori(grid: QuadratureGrid = .standard)
    /// Warm's weighted likelihood, its root searched on `bounds`.
    case weightedLikelihood(bounds: ClosedRange<Double> = -4...4)

    /// The method recorded on the estimates.
    public var method: AbilityEstimationMethod {
        switch self {
        case .maximumLikelihood: .maximumLikelihood
        case .maximumAPosteriori: .maximumAPosteriori
        case .expectedAPosteriori: .expectedAPosteriori
        case .weightedLikelihood: .weightedLikelihood
        }
    }

    /// Estimates θ from a response to every item of `pool`, in pool order (true = correct).
    /// For a subset of the pool (an adaptive test), use
    /// ``DichotomousPool/thetaUpdate(administered:responses:using:)``.
    ///
    /// - Throws: ``PsychometricsError/noResponses(method:)`` for MLE and WLE of an empty pool.
    public func estimate(responses: [Bool], on pool: DichotomousPool) throws(PsychometricsError) -> AbilityEstimate {
        try estimate(ResponsePatternLikelihood(pool: pool, indices: nil, responses: responses))
    }

    func estimate(_ likelihood: ResponsePatternLikelihood) throws(PsychometricsError) -> AbilityEstimate {
        let pattern = likelihood.pattern
        switch self {
        case .maximumLikelihood(let bounds):
            guard pattern != .empty else { throw .noResponses(method: .maximumLikelihood) }
            Self.checkBounds(bounds)
            let mode: (theta: Double, localMaxima: Int)
            switch pattern {
            case .allCorrect: mode = (bounds.upperBound, 1)  // the policy above; L increases in θ
            case .allIncorrect: mode = (bounds.lowerBound, 1)
            default:
                mode = ModeSearch.maximize(
                    LogLikelihoodObjective(likelihood: likelihood), on: bounds, isConcave: likelihood.isLogConcave)
            }
            let information = likelihood.information(at: mode.theta)
            return Self.modalEstimate(
                mode, standardError: 1 / information.squareRoot(), method: .maximumLikelihood, pattern: pattern,
                bounds: bounds)

        case .maximumAPosteriori(let prior, let bounds):
            Self.checkBounds(bounds)
            let mode = ModeSearch.maximize(
                LogPosteriorObjective(likelihood: likelihood, prior: prior), on: bounds,
                isConcave: likelihood.isLogConcave)
            let information = likelihood.information(at: mode.theta) + prior.information
            var estimate = Self.modalEstimate(
                mode, standardError: 1 / information.squareRoot(), method: .maximumAPosteriori, pattern: pattern,
                bounds: bounds)
            if pattern == .empty { estimate.note = .priorOnly }
            return estimate

        case .expectedAPosteriori(let grid):
            let posterior = Self.posteriorMoments(likelihood, on: grid)
            return AbilityEstimate(
                theta: posterior.mean, standardError: posterior.standardDeviation, method: .expectedAPosteriori,
                pattern: pattern, note: pattern == .empty ? .priorOnly : .posteriorMean, localMaxima: 0)

        case .weightedLikelihood(let bounds):
            guard pattern != .empty else { throw .noResponses(method: .weightedLikelihood) }
            Self.checkBounds(bounds)
            let mode = ModeSearch.maximize(
                WeightedLikelihoodObjective(likelihood: likelihood), on: bounds, isConcave: false)
            let information = likelihood.information(at: mode.theta)
            return Self.modalEstimate(
                mode, standardError: 1 / information.squareRoot(), method: .weightedLikelihood, pattern: pattern,
                bounds: bounds)
        }
    }

    /// Wraps a mode, naming a bound estimate after the pattern that led there.
    static func modalEstimate(
        _ mode: (theta: Double, localMaxima: Int), standardError: Double, method: AbilityEstimationMethod,
        pattern: AbilityEstimate.Pattern, bounds: ClosedRange<Double>
    ) -> AbilityEstimate {
        let atBound = mode.theta == bounds.lowerBound || mode.theta == bounds.upperBound
        let note: AbilityEstimate.Note =
            !atBound
            ? .interiorMaximum
            : pattern == .allCorrect || pattern == .allIncorrect ? .extremePatternAtBound : .maximumAtBound
        return AbilityEstimate(
            theta: mode.theta, standardError: standardError, method: method, pattern: pattern, note: note,
            localMaxima: mode.localMaxima)
    }

    static func checkBounds(_ bounds: ClosedRange<Double>) {
        precondition(
            bounds.lowerBound.isFinite && bounds.upperBound.isFinite && bounds.lowerBound < bounds.upperBound,
            "estimation bounds must be finite and non-empty, got \(bounds)")
    }
}
