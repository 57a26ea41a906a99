import Psychometrics

/// The built-in θ update: one ``Psychometrics/AbilityEstimator`` for mixed response patterns
/// and another while the pattern is still all correct or all incorrect.
///
/// **Why two.** The likelihood of an all-correct (all-incorrect) pattern increases
/// (decreases) without bound, so the MLE sits at a bound of its search range (see
/// ``Psychometrics/AbilityEstimator``): after one right answer it would jump to θ = 4 and the
/// next item would be the hardest in the pool. catR's `thetaEst` offers the same remedy for
/// such "constant patterns" (`constantPatt`); ours is to use a Bayesian estimator — EAP with
/// the standard prior by default — until the first correct *and* the first incorrect
/// response, then the main estimator (Magis & Raîche 2012, catR; Dodd 1990 discusses the
/// step-size alternatives). With ``earlyEstimator`` nil, the main estimator is used
/// throughout (an MLE then stays at a bound until the pattern is mixed).
///
/// Updates go through ``Psychometrics/DichotomousPool/thetaUpdate(administered:responses:using:)``,
/// which allocates nothing. Pretest responses never reach it.
public struct ThetaEstimation: ThetaEstimator, Hashable {
    /// The estimator for mixed patterns; it also gives the final θ.
    public var estimator: AbilityEstimator
    /// The estimator while every scored response is correct, or every one incorrect.
    public var earlyEstimator: AbilityEstimator?

    public init(
        estimator: AbilityEstimator = .maximumLikelihood(),
        earlyEstimator: AbilityEstimator? = .expectedAPosteriori()
    ) {
        self.estimator = estimator
        self.earlyEstimator = earlyEstimator
    }

    public func estimate(on parameters: DichotomousPool, administered: [Int], responses: [Bool]) -> AbilityEstimate? {
        guard !responses.isEmpty else { return nil }
        var correct = 0
        for response in responses where response { correct += 1 }
        let mixed = correct > 0 && correct < responses.count
        let chosen = mixed ? estimator : earlyEstimator ?? estimator
        // MLE and WLE throw only for an empty pattern, excluded above.
        return try? parameters.thetaUpdate(administered: administered, responses: responses, using: chosen)
    }
}
