/// Inversion of a strictly increasing test characteristic curve: raw score → θ.
enum TestCharacteristicCurveInverse {
    /// The search starts on [−4, 4] and doubles each end outwards until the score is
    /// bracketed; beyond ±100 every logistic curve with a ≥ 0.5 is flat to double precision.
    static let thetaLimit = 100.0

    /// The θ with tcc(θ) = `score`, for a continuous tcc increasing from `lowest` (θ → −∞) to
    /// `highest` (θ → +∞).
    ///
    /// - Throws: ``PsychometricsError/scoreOutsideTestCharacteristicCurve(score:lowest:highest:)``
    ///   when `score` ∉ (lowest, highest); ``PsychometricsError/scoreBeyondThetaLimit(score:limit:)``
    ///   when no bracket is found within ±``thetaLimit``.
    static func theta(
        forExpectedScore score: Double, lowest: Double, highest: Double, tcc: (Double) -> Double
    ) throws(PsychometricsError) -> Double {
        guard score.isFinite, score > lowest, score < highest else {
            throw .scoreOutsideTestCharacteristicCurve(score: score, lowest: lowest, highest: highest)
        }
        var lower = -4.0
        var upper = 4.0
        var atLower = tcc(lower) - score
        var atUpper = tcc(upper) - score
        while atLower > 0 {
            guard lower > -thetaLimit else { throw .scoreBeyondThetaLimit(score: score, limit: thetaLimit) }
            upper = lower
            atUpper = atLower
            lower = max(2 * lower, -thetaLimit)
            atLower = tcc(lower) - score
        }
        while atUpper < 0 {
            guard upper < thetaLimit else { throw .scoreBeyondThetaLimit(score: score, limit: thetaLimit) }
            lower = upper
            atLower = atUpper
            upper = min(2 * upper, thetaLimit)
            atUpper = tcc(upper) - score
        }
        return BrentRootFinder.root(between: lower, and: upper, valuesAtEnds: (atLower, atUpper)) { tcc($0) - score }
    }
}
