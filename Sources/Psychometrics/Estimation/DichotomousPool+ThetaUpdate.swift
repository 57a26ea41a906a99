/// Re-estimating θ during an adaptive test.
extension DichotomousPool {
    /// The ability estimate after the items at `administered` were answered with
    /// `responses` (true = correct), in any order; items not administered are simply absent.
    ///
    /// Meant to be called after every response of an adaptive test. It allocates nothing:
    /// the likelihood is evaluated on the fly over the caller's arrays, root finding works
    /// on scalars, and the EAP grid (nodes and log prior weights) is precomputed in the
    /// estimator's ``QuadratureGrid``. Cost per call: MLE and MAP on 2PL/Rasch items take
    /// about 10–15 evaluations of the score (each one exponential per administered item);
    /// with guessing items and for WLE, a scan of ~80 grid cells on [−4, 4]; EAP, one
    /// exponential and one logarithm per item per grid node.
    ///
    /// - Precondition: `administered` and `responses` have equal length and every index is in
    ///   the pool.
    /// - Throws: ``PsychometricsError/noResponses(method:)`` for MLE and WLE before the first
    ///   response.
    public func thetaUpdate(
        administered: [Int], responses: [Bool], using estimator: AbilityEstimator
    ) throws(PsychometricsError) -> AbilityEstimate {
        try estimator.estimate(ResponsePatternLikelihood(pool: self, indices: administered, responses: responses))
    }
}
