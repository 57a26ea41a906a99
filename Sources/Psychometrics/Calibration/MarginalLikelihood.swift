import Foundation

/// The marginal likelihood of a score matrix under a dichotomous IRT model with θ ~ N(0, 1)
/// replaced by a quadrature rule (Bock & Aitkin 1981, eq. 5):
///
/// log L = Σ_r f_r · log Σ_q A_q · Π_{i administered to r} P_i(θ_q)^x_ri · Q_i(θ_q)^(1−x_ri),
///
/// with the pieces EM and the Newton–Raphson refinement need: the E-step
/// (``expectation(_:)``), the M-step (``maximization(from:counts:)``) and the gradient and
/// observed information (``information(at:)``). Estimation maximises log L + Σ log π (the
/// log prior densities, when the model has priors).
struct MarginalLikelihood: Sendable {
    let scores: SparseScoreMatrix
    let layout: ParameterLayout
    let nodes: [Double]
    let logWeights: [Double]
    let scaling: Double
    let slopePrior: LogNormalPrior?
    let guessingPrior: BetaPrior?

    var nodeCount: Int { nodes.count }
    var itemCount: Int { scores.itemCount }

    init(scores: SparseScoreMatrix, model: CalibrationModel, quadrature: QuadratureRule, scaling: Double) {
        self.scores = scores
        self.layout = ParameterLayout(model: model, itemCount: scores.itemCount)
        self.nodes = quadrature.nodes
        self.logWeights = quadrature.weights.map { log($0) }
        self.scaling = scaling
        self.slopePrior = model.slopePrior
        self.guessingPrior = model.guessingPrior
    }

    /// log P_i(x | θ_q) for every item, response and node, at `table[(2·i + x)·Q + q]`.
    ///
    /// Laid out so that the E-step adds one contiguous row of Q values per administered cell.
    func logProbabilityTable(_ parameters: ItemParameterSet) -> [Double] {
        let q = nodeCount
        var table = [Double](repeating: 0, count: 2 * itemCount * q)
        for item in 0..<itemCount {
            let slope = parameters.slope[item]
            let intercept = parameters.intercept[item]
            let c = parameters.guessing[item]
            for node in 0..<q {
                let logits = ResponseDerivatives.logProbabilities(
                    logit: slope * nodes[node] + intercept, guessing: c)
                table[(2 * item) * q + node] = logits.incorrect
                table[(2 * item + 1) * q + node] = logits.correct
            }
        }
        return table
    }

    /// Σ log π over the priors of one item with slope α and lower asymptote c (0 without
    /// priors); −∞ outside their support.
    func logPrior(slope: Double, guessing c: Double) -> Double {
        var total = 0.0
        if let prior = slopePrior {
            let a = slope / scaling
            guard a > 0 else { return -.infinity }
            total += prior.logDensity(a)
        }
        if let prior = guessingPrior {
            guard c > 0, c < 1 else { return -.infinity }
            total += prior.logDensity(c)
        }
        return total
    }

    /// Σ log π over all items.
    func logPrior(_ parameters: ItemParameterSet) -> Double {
        (0..<itemCount).reduce(0) { $0 + logPrior(slope: parameters.slope[$1], guessing: parameters.guessing[$1]) }
    }

    /// Gradient and negative Hessian of one item's log prior in (α, intercept, logit c).
    ///
    /// Log-normal slope prior on a = α/D, L = log a: ∂/∂a = −(1 + (L − μ)/σ²)/a and
    /// −∂²/∂a² = (1/σ² − 1 − (L − μ)/σ²)/a², each divided by D (resp. D²) for α.
    /// Beta(α₀, β₀) on c = 1/(1 + e^(−γ)), in γ: ∂/∂γ = (α₀ − 1)(1 − c) − (β₀ − 1)c and
    /// −∂²/∂γ² = (α₀ + β₀ − 2)·c(1 − c). (Optimising in γ without a Jacobian term keeps the
    /// mode in c, as BILOG-MG defines it.)
    func priorDerivatives(slope: Double, guessing c: Double) -> (gradient: SIMD3<Double>, negativeHessian: SymmetricMatrix3) {
        var gradient = SIMD3<Double>(0, 0, 0)
        var hessian = SymmetricMatrix3()
        if let prior = slopePrior {
            let a = slope / scaling
            let variance = prior.standardDeviation * prior.standardDeviation
            let z = (log(a) - prior.mean) / variance
            gradient[0] = -(1 + z) / a / scaling
            hessian.ss = (1 / variance - 1 - z) / (a * a) / (scaling * scaling)
        }
        if let prior = guessingPrior {
            gradient[2] = (prior.alpha - 1) * (1 - c) - (prior.beta - 1) * c
            hessian.gg = (prior.alpha + prior.beta - 2) * c * (1 - c)
        }
        return (gradient, hessian)
    }
}
