import Psychometrics

/// Re-estimates θ after each scored response (catsim's `Estimator`).
public protocol ThetaEstimator: Sendable {
    /// The estimate from the scored items answered so far (pool positions) and their responses
    /// (true = correct), or nil to keep the current θ. Called only with at least one response.
    /// Must not allocate on the hot path.
    func estimate(on parameters: DichotomousPool, administered: [Int], responses: [Bool]) -> AbilityEstimate?
}
