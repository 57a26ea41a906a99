import Foundation

/// A discrete approximation of the N(0, 1) ability distribution: nodes θ_q and weights A(θ_q)
/// summing to 1, so that E[f(θ)] ≈ Σ_q A(θ_q) f(θ_q) (Bock & Aitkin 1981, eq. 5).
public struct QuadratureRule: Sendable, Hashable {
    /// The nodes θ_q, increasing.
    public let nodes: [Double]
    /// The weights A(θ_q), positive, summing to 1.
    public let weights: [Double]

    /// Number of nodes.
    public var count: Int { nodes.count }

    /// A rule from explicit nodes and weights; the weights are normalised to sum to 1.
    public init(nodes: [Double], weights: [Double]) {
        precondition(!nodes.isEmpty, "a quadrature rule needs at least one node")
        precondition(nodes.count == weights.count, "\(nodes.count) nodes but \(weights.count) weights")
        precondition(nodes.allSatisfy(\.isFinite), "quadrature nodes must be finite")
        precondition(weights.allSatisfy { $0 > 0 && $0.isFinite }, "quadrature weights must be positive")
        precondition(zip(nodes, nodes.dropFirst()).allSatisfy { $0 < $1 }, "quadrature nodes must increase")
        let total = weights.reduce(0, +)
        self.nodes = nodes
        self.weights = weights.map { $0 / total }
    }

    /// Equally spaced points on [lower, upper] with weights proportional to the N(0, 1) density,
    /// normalised to sum to 1: θ_j = lower + j·(upper − lower)/(n − 1),
    /// A_j = φ(θ_j) / Σ_k φ(θ_k) (Bock & Aitkin 1981, p. 447; irtQ's rule with 49 points on
    /// [−6, 6]).
    public static func rectangular(nodeCount: Int = 49, lower: Double = -6, upper: Double = 6) -> QuadratureRule {
        precondition(nodeCount >= 2, "a rectangular rule needs at least two nodes")
        precondition(lower < upper, "need lower < upper, got [\(lower), \(upper)]")
        let step = (upper - lower) / Double(nodeCount - 1)
        let nodes = (0..<nodeCount).map { lower + Double($0) * step }
        return QuadratureRule(nodes: nodes, weights: nodes.map { exp(-0.5 * $0 * $0) })
    }

    /// Gauss–Hermite rule for the standard normal weight (probabilists' Hermite polynomials
    /// He_n), exact for polynomials of degree ≤ 2n − 1: E[p(θ)] = Σ_q A_q p(θ_q).
    ///
    /// The nodes are the zeros of He_n, found as the eigenvalues of the symmetric tridiagonal
    /// Jacobi matrix of the monic recurrence He_{k+1}(x) = x·He_k(x) − k·He_{k−1}(x), whose
    /// diagonal is 0 and off-diagonal √k, k = 1…n−1 (Golub & Welsch 1969, eq. 2.5), by the
    /// implicit QL method (Bowdler, Martin, Reinsch & Wilkinson 1968). Each node is then polished
    /// by Newton's method on the orthonormal polynomial p_n = He_n/√(n!), with p_n′ = √n·p_{n−1}.
    /// The weights are the Christoffel numbers A_q = 1 / (n·p_{n−1}(θ_q)²) (Szegő 1975, eq.
    /// 3.4.8, with He_n′ = n·He_{n−1}), which sum to 1 for the N(0, 1) density. These equal
    /// numpy's `hermegauss(n)` weights divided by √(2π), the rule of ltm (21 nodes by default).
    public static func gaussHermite(nodeCount: Int = 21) -> QuadratureRule {
        precondition((1...150).contains(nodeCount), "Gauss–Hermite node count must be in 1...150")
        let n = nodeCount
        var diagonal = [Double](repeating: 0, count: n)
        var offDiagonal = (0..<n).map { $0 == 0 ? 0 : Double($0).squareRoot() }
        SymmetricTridiagonal.eigenvalues(diagonal: &diagonal, subdiagonal: &offDiagonal)
        var nodes = diagonal.sorted()
        var weights = [Double](repeating: 0, count: n)
        for q in 0..<n {
            var x = nodes[q]
            for _ in 0..<4 {
                let (pn, pn1) = orthonormalHermite(degree: n, at: x)
                let derivative = Double(n).squareRoot() * pn1
                guard derivative != 0 else { break }
                x -= pn / derivative
            }
            nodes[q] = x
            let pn1 = orthonormalHermite(degree: n, at: x).previous
            weights[q] = 1 / (Double(n) * pn1 * pn1)
        }
        // The rule is symmetric about 0; impose it exactly so that odd moments vanish.
        for q in 0..<(n / 2) {
            let node = 0.5 * (nodes[n - 1 - q] - nodes[q])
            let weight = 0.5 * (weights[q] + weights[n - 1 - q])
            nodes[q] = -node
            nodes[n - 1 - q] = node
            weights[q] = weight
            weights[n - 1 - q] = weight
        }
        if n % 2 == 1 { nodes[n / 2] = 0 }
        return QuadratureRule(nodes: nodes, weights: weights)
    }

    /// p_n(x) and p_{n−1}(x) for the orthonormal probabilists' Hermite polynomials
    /// p_k = He_k/√(k!): p_{k+1} = (x·p_k − √k·p_{k−1}) / √(k+1), p_0 = 1, p_{−1} = 0.
    private static func orthonormalHermite(degree n: Int, at x: Double) -> (value: Double, previous: Double) {
        var previous = 0.0
        var current = 1.0
        for k in 0..<n {
            let next = (x * current - Double(k).squareRoot() * previous) / Double(k + 1).squareRoot()
            previous = current
            current = next
        }
        return (current, previous)
    }
}
