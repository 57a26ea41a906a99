/// The expected failures of the psychometrics layer, each carrying the values that caused it.
///
/// Programmer errors (mismatched array lengths, an index outside the pool, invalid item
/// parameters) trap with a `precondition` instead; these cases are the outcomes a correct
/// caller must be ready to handle.
public enum PsychometricsError: Error, Sendable, Hashable {
    /// A raw score lies outside the open range of the test characteristic curve, so no finite θ
    /// has that expected score: the curve only approaches the sum of the lower asymptotes
    /// (`lowest`) and the sum of the upper asymptotes (`highest`) as θ → ∓∞.
    case scoreOutsideTestCharacteristicCurve(score: Double, lowest: Double, highest: Double)
    /// A raw score lies inside the range of the test characteristic curve but so close to an
    /// asymptote that the θ reaching it is beyond ±`limit`, where the curve is flat in double
    /// precision.
    case scoreBeyondThetaLimit(score: Double, limit: Double)
    /// A likelihood-based estimator (MLE, WLE) was asked for θ on an empty response pattern,
    /// where the likelihood is constant and no estimate exists.
    case noResponses(method: AbilityEstimationMethod)
}
