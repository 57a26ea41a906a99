/// The θ for which an adaptive test's first item is chosen.
public enum StartRule: Sendable, Hashable, Codable {
    /// A fixed value for every candidate (θ = 0 is the population mean on the bank's scale).
    case fixed(theta: Double)
    /// The mean of the estimator's prior (``EstimatorSettings/priorMean``).
    case prior
    /// The final θ of the candidate's latest earlier attempt at this test within `withinDays`
    /// days (any earlier attempt when nil); candidates without one start at `fallbackTheta`, or
    /// at the prior mean when that is nil.
    case previousAttempt(withinDays: Int?, fallbackTheta: Double?)
}
