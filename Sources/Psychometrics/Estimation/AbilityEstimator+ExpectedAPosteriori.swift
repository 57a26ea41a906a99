import Foundation

/// The EAP posterior moments on a quadrature grid.
extension AbilityEstimator {
    /// Posterior mean and standard deviation of θ on `grid` (Bock & Mislevy 1982):
    ///
    ///     θ̂ = Σ_j X_j·L(X_j)·W_j / Σ_j L(X_j)·W_j,
    ///     SD² = Σ_j (X_j − θ̂)²·L(X_j)·W_j / Σ_j L(X_j)·W_j,
    ///
    /// with W_j the quadrature weight times the prior density (``QuadratureGrid``).
    ///
    /// One pass, no buffer: each node's log posterior is exponentiated relative to the
    /// largest seen so far, and the running sums are rescaled when a larger one appears, so
    /// that long tests (log L ≪ −745) neither underflow nor need the grid's values stored.
    /// The moments are accumulated about the prior mean, which keeps Σ x²w − (Σ xw)² free of
    /// cancellation on the grid's range.
    static func posteriorMoments(
        _ likelihood: ResponsePatternLikelihood, on grid: QuadratureGrid
    ) -> (mean: Double, standardDeviation: Double) {
        let center = grid.prior.mean
        var largest = -Double.infinity
        var total = 0.0
        var first = 0.0
        var second = 0.0
        for j in 0..<grid.count {
            let node = grid.nodes[j]
            let logPosterior = grid.logPriorWeights[j] + likelihood.logLikelihood(at: node)
            if logPosterior > largest {
                let rescale = exp(largest - logPosterior)  // 0 on the first node
                total *= rescale
                first *= rescale
                second *= rescale
                largest = logPosterior
            }
            let weight = exp(logPosterior - largest)
            let x = node - center
            total += weight
            first += weight * x
            second += weight * x * x
        }
        let mean = first / total
        let variance = max(0, second / total - mean * mean)
        return (center + mean, variance.squareRoot())
    }
}
