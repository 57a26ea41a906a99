/// The observed information of a response pattern, for standard errors that condition on
/// the responses.
extension DichotomousPool {
    /// Observed information −∂² log L/∂θ² at θ of the responses to the items at
    /// `administered` (true = correct):
    ///
    ///     Σ_i [P_i′²/(P_i·Q_i) − (u_i − P_i)·(P_i″/(P_i·Q_i) − P_i′²·(Q_i − P_i)/(P_i·Q_i)²)]
    ///
    /// It equals the Fisher test information for 2PL and Rasch items and differs for items
    /// with guessing. ``AbilityEstimator`` reports catR's Fisher-information SEs; a caller that
    /// prefers the observed form takes 1/√(observed + 1/σ²) at a MAP estimate (the fixture's
    /// `se_observed`), or 1/√observed at an MLE. Allocates nothing.
    ///
    /// - Precondition: `administered` and `responses` have equal length and every index is in
    ///   the pool.
    public func observedInformation(at theta: Double, administered: [Int], responses: [Bool]) -> Double {
        ResponsePatternLikelihood(pool: self, indices: administered, responses: responses)
            .derivatives(at: theta).observedInformation
    }
}
