/// The test characteristic curve of a ``DichotomousPool`` and its inverse.
extension DichotomousPool {
    /// The test characteristic curve TCC(θ) = Σ_i P_i(θ), the expected number-correct score
    /// at θ (Lord 1980, ch. 4: the true score ξ as a function of θ).
    public func expectedScore(at theta: Double) -> Double {
        var sum = 0.0
        for index in 0..<count { sum += terms(index, at: theta).p }
        return sum
    }

    /// The expected number-correct score over a subset of the pool, Σ_{i ∈ indices} P_i(θ).
    public func expectedScore(at theta: Double, over indices: [Int]) -> Double {
        var sum = 0.0
        for index in indices { sum += terms(index, at: theta).p }
        return sum
    }

    /// The open range the test characteristic curve sweeps as θ runs over the real line:
    /// (Σ c_i, Σ d_i), the sums of the lower and upper asymptotes. With d = 1 the upper end is
    /// the number of items.
    public var expectedScoreRange: (lowest: Double, highest: Double) {
        (c.reduce(0, +), d.reduce(0, +))
    }

    /// The θ whose expected number-correct score equals `score`: the root of
    /// TCC(θ) − score = 0 (the true-score estimate of Lord 1980, ch. 4).
    ///
    /// The TCC is strictly increasing (every a > 0), so the root is unique; it is bracketed by
    /// widening [−4, 4] and found by Brent's method (``BrentRootFinder``) to 1e-12.
    ///
    /// - Throws: ``PsychometricsError/scoreOutsideTestCharacteristicCurve(score:lowest:highest:)``
    ///   when `score` is not strictly between the sums of the lower and upper asymptotes — a
    ///   perfect score on 2PL items, or any score at or below the 3PL guessing floor, has no
    ///   finite θ; ``PsychometricsError/scoreBeyondThetaLimit(score:limit:)`` when it is
    ///   inside but so close to an asymptote that θ would be beyond ±100.
    public func theta(forExpectedScore score: Double) throws(PsychometricsError) -> Double {
        let range = expectedScoreRange
        return try TestCharacteristicCurveInverse.theta(
            forExpectedScore: score, lowest: range.lowest, highest: range.highest
        ) { expectedScore(at: $0) }
    }
}
