import AssessCore
import Psychometrics

/// The built-in starting rules.
///
/// Only the first item depends on the start: from the first scored response on, θ is
/// estimated (``ThetaEstimation``), and a Bayesian estimator's prior — not the start — then
/// pulls it.
public enum StartingTheta: ThetaInitializer, Hashable {
    /// A fixed θ (0 is the mean of the calibration scale).
    case fixed(Double)
    /// The mean of a prior for θ.
    case priorMean(NormalPrior)
    /// The previous attempt's final θ, or `fallback` when there is none.
    case previousAttempt(fallback: Double)
    /// Uniform on the range (spreads first-item exposure; catsim's `RandomInitializer`).
    case uniform(ClosedRange<Double>)

    public func initialTheta(previousAttempt: Double?, using generator: inout SplitMix64) -> Double {
        switch self {
        case .fixed(let theta): theta
        case .priorMean(let prior): prior.mean
        case .previousAttempt(let fallback): previousAttempt ?? fallback
        case .uniform(let range):
            range.lowerBound + (range.upperBound - range.lowerBound) * RandomDraw.unit(using: &generator)
        }
    }
}
