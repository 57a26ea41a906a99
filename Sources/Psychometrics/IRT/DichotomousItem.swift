import Foundation

/// Parameters of a dichotomous logistic IRT item: the 4PL family, of which 3PL, 2PL and Rasch
/// are special cases.
///
/// P(θ) = c + (d − c) / (1 + exp(−D·a·(θ − b)))  (Lord 1980, ch. 2; Barton & Lord 1981 for d)
///
/// - Rasch: a = 1, c = 0, d = 1.  2PL: c = 0, d = 1.  3PL: d = 1.
/// - D is the scaling constant (``ScalingConstant``), 1 unless stated.
public struct DichotomousItem: Sendable, Hashable {
    /// Discrimination.
    public var a: Double
    /// Difficulty (location).
    public var b: Double
    /// Lower asymptote ("pseudo-guessing").
    public var c: Double
    /// Upper asymptote (1 except in the 4PL).
    public var d: Double

    public init(a: Double = 1, b: Double, c: Double = 0, d: Double = 1) {
        precondition(a.isFinite && b.isFinite, "item parameters must be finite")
        precondition((0...1).contains(c) && (0...1).contains(d) && c < d, "need 0 ≤ c < d ≤ 1")
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }

    /// P(correct | θ).
    @inlinable
    public func probability(at theta: Double, scaling D: Double = ScalingConstant.logistic) -> Double {
        c + (d - c) / (1 + exp(-D * a * (theta - b)))
    }

    /// dP/dθ = D·a·(P − c)(d − P)/(d − c).
    @inlinable
    public func slope(at theta: Double, scaling D: Double = ScalingConstant.logistic) -> Double {
        let p = probability(at: theta, scaling: D)
        return D * a * (p - c) * (d - p) / (d - c)
    }

    /// Item Fisher information I(θ) = P′(θ)² / (P(θ)·Q(θ)) (Lord 1980, eq. 5-9).
    ///
    /// For the 3PL this equals D²a²·(Q/P)·((P − c)/(1 − c))² (Lord 1980, eq. 10-6); for the
    /// 2PL, D²a²·P·Q.
    @inlinable
    public func information(at theta: Double, scaling D: Double = ScalingConstant.logistic) -> Double {
        let p = probability(at: theta, scaling: D)
        let q = 1 - p
        guard p > 0, q > 0 else { return 0 }
        let derivative = D * a * (p - c) * (d - p) / (d - c)
        return derivative * derivative / (p * q)
    }
}
