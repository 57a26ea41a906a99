/// An ability estimate θ̂ with its standard error, the estimator that produced it and what
/// happened on the way, so that callers can report an estimate at a bound honestly.
public struct AbilityEstimate: Sendable, Hashable {
    /// The estimate θ̂.
    public var theta: Double
    /// Its standard error: 1/√I(θ̂) for MLE and WLE, 1/√(I(θ̂) + 1/σ²) for MAP, the
    /// posterior SD for EAP (see ``AbilityEstimator``); +∞ when there is no information.
    public var standardError: Double
    /// The estimator.
    public var method: AbilityEstimationMethod
    /// Whether the pattern was empty, all correct, all incorrect or mixed.
    public var pattern: Pattern
    /// How θ̂ was reached.
    public var note: Note
    /// Number of local maxima of the objective found on the bounds, counting a maximum at a
    /// bound (MLE, MAP, WLE; 0 for EAP and for an empty pattern). More than one happens only
    /// with guessing (c > 0) or slipping (d < 1) items; θ̂ is then the global maximum.
    public var localMaxima: Int

    public init(
        theta: Double, standardError: Double, method: AbilityEstimationMethod, pattern: Pattern, note: Note,
        localMaxima: Int
    ) {
        self.theta = theta
        self.standardError = standardError
        self.method = method
        self.pattern = pattern
        self.note = note
        self.localMaxima = localMaxima
    }

    /// The shape of a dichotomous response pattern.
    public enum Pattern: String, Sendable, Hashable, CaseIterable {
        /// No responses.
        case empty
        /// Every response correct: the likelihood increases without bound in θ.
        case allCorrect
        /// Every response incorrect: the likelihood decreases without bound in θ.
        case allIncorrect
        /// At least one correct and one incorrect response.
        case mixed
    }

    /// What the estimator did.
    public enum Note: String, Sendable, Hashable, CaseIterable {
        /// The maximum is a stationary point strictly inside the bounds (MLE, MAP, WLE).
        case interiorMaximum
        /// The pattern is all correct or all incorrect and θ̂ is the bound it points to: the
        /// documented policy for the MLE of such a pattern, and the outcome of a WLE whose
        /// correction finds no root inside the bounds. Report it as "at least"/"at most" θ̂.
        case extremePatternAtBound
        /// A mixed pattern whose maximum on the closed bounds lies on a bound (possible with
        /// guessing items, or with bounds narrower than the estimate).
        case maximumAtBound
        /// The posterior mean over the quadrature grid (EAP; always finite).
        case posteriorMean
        /// No responses: MAP and EAP return the prior's mean and standard deviation.
        case priorOnly
    }
}
