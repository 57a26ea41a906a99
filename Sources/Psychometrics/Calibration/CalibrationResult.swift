/// The outcome of a marginal maximum-likelihood calibration.
public struct CalibrationResult: Sendable, Hashable {
    /// The model that was fitted.
    public var model: CalibrationModel
    /// The calibrated items, in the order of the score matrix's columns.
    public var items: [CalibratedItem]
    /// The marginal log-likelihood at the estimates, Σ_r f_r·log Σ_q A_q·Π_{i∈r} P_iq^x(1 − P_iq)^(1−x)
    /// over administered cells, without the multinomial constant (as ltm, mirt and irtQ report
    /// it) and without the log prior densities.
    public var logLikelihood: Double
    /// The EM cycles run.
    public var cycles: Int
    /// Whether EM reached the tolerance within the cycle limit.
    public var converged: Bool
    /// The Newton–Raphson steps taken after EM.
    public var newtonSteps: Int
    /// The largest absolute gradient of the (penalised) marginal log-likelihood at the estimates,
    /// in the slope-intercept parameters (logit c for the 3PL); nil when the observed information
    /// was not computed.
    public var maximumAbsoluteGradient: Double?
}
