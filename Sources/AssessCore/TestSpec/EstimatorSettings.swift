/// The ability estimator a spec asks for, with its settings.
///
/// The formulas are documented where they are computed (the Psychometrics module's
/// `AbilityEstimator`); this value only names the method and its settings, so that the core
/// stays free of numerical code.
public struct EstimatorSettings: Sendable, Hashable, Codable {
    /// An ability-estimation method.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// Maximum likelihood; at a bound for all-correct or all-incorrect patterns.
        case mle
        /// Bayes modal (maximum a posteriori) with the normal prior.
        case map
        /// Expected a posteriori: the posterior mean on a quadrature grid with the normal prior.
        case eap
        /// Warm's weighted likelihood.
        case wle
    }

    /// The method for every estimate.
    public var method: Method
    /// Mean of the normal prior (MAP and EAP; also the ``StartRule/prior`` start).
    public var priorMean: Double
    /// Standard deviation of the normal prior; positive.
    public var priorStandardDeviation: Double
    /// Lowest θ an estimate may take (search bound of MLE, MAP and WLE; first EAP node).
    public var minimumTheta: Double
    /// Highest θ an estimate may take (last EAP node).
    public var maximumTheta: Double
    /// Number of equally spaced EAP quadrature nodes from ``minimumTheta`` to ``maximumTheta``.
    public var quadraturePoints: Int
    /// The method used while every response is correct or every one is incorrect, when the
    /// main method would put θ at a bound (typically EAP or MAP before an MLE); nil keeps
    /// ``method`` throughout.
    public var untilMixedPattern: Method?

    public init(
        method: Method = .eap, priorMean: Double = 0, priorStandardDeviation: Double = 1, minimumTheta: Double = -4,
        maximumTheta: Double = 4, quadraturePoints: Int = 41, untilMixedPattern: Method? = nil
    ) {
        self.method = method
        self.priorMean = priorMean
        self.priorStandardDeviation = priorStandardDeviation
        self.minimumTheta = minimumTheta
        self.maximumTheta = maximumTheta
        self.quadraturePoints = quadraturePoints
        self.untilMixedPattern = untilMixedPattern
    }
}
