/// The four ability estimators, as recorded on an ``AbilityEstimate``.
public enum AbilityEstimationMethod: String, Sendable, Hashable, CaseIterable {
    /// Maximum likelihood (MLE): the maximiser of the likelihood on the bounds.
    case maximumLikelihood = "MLE"
    /// Maximum a posteriori (MAP, Bayes modal): the mode of likelihood × normal prior.
    case maximumAPosteriori = "MAP"
    /// Expected a posteriori (EAP): the posterior mean on a quadrature grid.
    case expectedAPosteriori = "EAP"
    /// Warm's weighted likelihood (WLE): the bias-corrected likelihood root.
    case weightedLikelihood = "WLE"
}
