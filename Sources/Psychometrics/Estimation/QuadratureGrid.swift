import Foundation

/// The precomputed quadrature of the EAP estimator: equally spaced θ nodes and the log of
/// (quadrature weight × prior density) at each, built once and reused for every estimate.
///
/// Nodes are X_j = lower + j·(upper − lower)/(Q − 1), j = 0…Q−1. The default rule is the
/// trapezoidal rule, weights h/2 at the two end nodes and h inside: catR's `eapEst` and
/// `eapSem` integrate with `integrate.catR`, which is this rule (Magis & Raîche 2012), and
/// it reproduces catR's published EAP of 0.1446946 where equal weights give 0.1446993. The
/// rectangle rule (equal weights) is offered for comparison with code that uses plain sums.
/// Constant factors (h, the normal density's 1/(σ√2π)) are dropped: they cancel in the
/// posterior moments.
public struct QuadratureGrid: Sendable, Hashable {
    /// How the nodes are weighted.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// Weights 1/2 at the end nodes, 1 inside (catR).
        case trapezoid
        /// Weight 1 at every node.
        case rectangle
    }

    /// The θ nodes X_j, increasing.
    public let nodes: [Double]
    /// log(w_j) + log φ((X_j − μ)/σ), up to one additive constant.
    public let logPriorWeights: [Double]
    /// The prior the weights include.
    public let prior: NormalPrior
    /// The quadrature rule the weights include.
    public let rule: Rule

    /// Builds the grid; traps unless `points` ≥ 2 and the range is finite and non-empty.
    public init(
        points: Int = 33, range: ClosedRange<Double> = -4...4, prior: NormalPrior = .standard,
        rule: Rule = .trapezoid
    ) {
        precondition(points >= 2, "a quadrature grid needs at least 2 points, got \(points)")
        precondition(
            range.lowerBound.isFinite && range.upperBound.isFinite && range.lowerBound < range.upperBound,
            "quadrature range must be finite and non-empty, got \(range)")
        let step = (range.upperBound - range.lowerBound) / Double(points - 1)
        let nodes = (0..<points).map { j in j == points - 1 ? range.upperBound : range.lowerBound + Double(j) * step }
        self.nodes = nodes
        self.logPriorWeights = nodes.indices.map { j in
            let endNode = j == 0 || j == points - 1
            let logWeight = rule == .trapezoid && endNode ? -M_LN2 : 0
            return logWeight + prior.logDensityKernel(at: nodes[j])
        }
        self.prior = prior
        self.rule = rule
    }

    /// 33 points on [−4, 4] with the N(0, 1) prior and the trapezoidal rule: catR's default
    /// EAP settings.
    public static let standard = QuadratureGrid()

    /// Number of nodes Q.
    public var count: Int { nodes.count }
}
