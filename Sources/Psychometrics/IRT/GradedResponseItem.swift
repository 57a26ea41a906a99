import Foundation

/// Parameters of a rating-scale item under Samejima's graded response model (GRM).
///
/// Categories are scored 0…m. For each boundary k = 1…m the probability of answering in
/// category k or above is a 2PL curve
///
///     P*_k(θ) = 1 / (1 + exp(−D·a·(θ − b_k))),   P*_0 = 1,   P*_{m+1} = 0,
///
/// and the probability of category k is the difference P_k = P*_k − P*_{k+1}
/// (Samejima 1969; Embretson & Reise 2000, ch. 5). The thresholds must be strictly increasing
/// so that every P_k is positive.
///
/// D is the scaling constant (``ScalingConstant``), 1 unless stated.
public struct GradedResponseItem: PolytomousItem {
    /// Discrimination, shared by every boundary curve.
    public let a: Double
    /// Boundary locations b_1 < … < b_m; `b[k − 1]` is where P*_k = 1/2.
    public let b: [Double]

    /// Creates a GRM item; traps unless `a` is positive and `b` is finite and strictly increasing.
    public init(a: Double, b: [Double]) {
        Self.checkParameters(a: a, b: b, model: "GRM", noun: "threshold")
        precondition(
            zip(b, b.dropFirst()).allSatisfy { $0 < $1 },
            "GRM thresholds must be strictly increasing (b_1 < … < b_m), got \(b)")
        self.a = a
        self.b = b
    }

    /// Writes P_0 … P_m at θ into `probabilities`, which must hold `categoryCount` elements.
    ///
    /// P_k = P*_k − P*_{k+1} (Samejima 1969). When both boundaries are above 1/2 the
    /// difference is taken of the complements, Q*_{k+1} − Q*_k, which is the same number
    /// without the cancellation of two values near 1.
    public func categoryProbabilities(
        at theta: Double, scaling D: Double = ScalingConstant.logistic, into probabilities: inout [Double]
    ) {
        checkBuffer(count: probabilities.count)
        var upper = Boundary.top
        for k in 0...maximumScore {
            let lower = k == maximumScore ? Boundary.bottom : boundary(k + 1, at: theta, scaling: D)
            probabilities[k] = Self.difference(upper, lower)
            upper = lower
        }
    }

    /// Expected item score E[X | θ] = Σ_k k·P_k = Σ_{k=1}^{m} P*_k.
    ///
    /// The second form follows from summing the differences by parts (Samejima 1969); it
    /// needs no category probabilities.
    public func expectedScore(at theta: Double, scaling D: Double = ScalingConstant.logistic) -> Double {
        var sum = 0.0
        for k in 1...maximumScore { sum += boundary(k, at: theta, scaling: D).p }
        return sum
    }

    /// Item Fisher information I(θ) = Σ_k (P_k′)² / P_k (Samejima 1969; the general form
    /// Σ_k P_k·(∂ log P_k/∂θ)² of Fisher information for a categorical response).
    ///
    /// P_k′ = P*_k′ − P*_{k+1}′ with P*_k′ = D·a·P*_k·(1 − P*_k) and P*_0′ = P*_{m+1}′ = 0.
    /// A category whose probability underflows to 0 contributes its limit, 0.
    public func information(at theta: Double, scaling D: Double = ScalingConstant.logistic) -> Double {
        let slope = D * a
        var sum = 0.0
        var upper = Boundary.top
        for k in 0...maximumScore {
            let lower = k == maximumScore ? Boundary.bottom : boundary(k + 1, at: theta, scaling: D)
            let probability = Self.difference(upper, lower)
            let derivative = slope * (upper.p * upper.q - lower.p * lower.q)
            if probability > 0 { sum += derivative * derivative / probability }
            upper = lower
        }
        return sum
    }

    /// One boundary curve P*_k and its complement Q*_k = 1 − P*_k, each to full precision.
    struct Boundary {
        var p: Double
        var q: Double
        static let top = Boundary(p: 1, q: 0)
        static let bottom = Boundary(p: 0, q: 1)
    }

    /// P*_k(θ) for k = 1…m, with its complement computed from the same exponential.
    func boundary(_ k: Int, at theta: Double, scaling D: Double) -> Boundary {
        let e = exp(-D * a * (theta - b[k - 1]))
        let p = 1 / (1 + e)
        // e/(1 + e) keeps Q* accurate when P* is close to 1; e = ∞ means P* = 0, Q* = 1.
        return Boundary(p: p, q: e.isFinite ? e * p : 1)
    }

    /// P*_k − P*_{k+1}, taken on the side of 1/2 where it does not cancel.
    static func difference(_ upper: Boundary, _ lower: Boundary) -> Double {
        lower.p <= 0.5 ? upper.p - lower.p : lower.q - upper.q
    }
}
