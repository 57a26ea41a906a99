import Foundation

/// A pool of dichotomous logistic items stored as struct-of-arrays, for the adaptive-testing
/// hot path.
///
/// Item i has P_i(θ) = c_i + (d_i − c_i) / (1 + exp(−D·a_i·(θ − b_i))) (Lord 1980, ch. 2;
/// Barton & Lord 1981 for d), exactly as ``DichotomousItem``; the pool keeps each parameter in
/// its own contiguous array so that a pass over the items streams through memory, and every
/// function that returns one value per item writes into a caller-provided buffer.
///
/// One pool shares one scaling constant D: a calibrated pool is on one metric. An item
/// reported on the other metric converts exactly by a ← D·a (D enters only through D·a).
/// Indices are the positions 0..<count in the order the items were given.
public struct DichotomousPool: Sendable, Hashable {
    /// Discriminations a_i (all positive).
    public let a: [Double]
    /// Difficulties b_i.
    public let b: [Double]
    /// Lower asymptotes c_i.
    public let c: [Double]
    /// Upper asymptotes d_i.
    public let d: [Double]
    /// The scaling constant D shared by every item (``ScalingConstant``).
    public let scaling: Double

    /// Creates a pool from parameter arrays of equal length; `c` defaults to 0 and `d` to 1
    /// for every item (the 2PL).
    ///
    /// Traps unless every a is finite and positive (a non-positive slope is a calibration
    /// failure the bank must reject before building a pool: it would make the test
    /// characteristic curve non-monotone), every b is finite and 0 ≤ c < d ≤ 1.
    public init(
        a: [Double], b: [Double], c: [Double]? = nil, d: [Double]? = nil,
        scaling: Double = ScalingConstant.logistic
    ) {
        let c = c ?? [Double](repeating: 0, count: a.count)
        let d = d ?? [Double](repeating: 1, count: a.count)
        precondition(
            b.count == a.count && c.count == a.count && d.count == a.count,
            "pool parameter arrays differ in length: a \(a.count), b \(b.count), c \(c.count), d \(d.count)")
        precondition(scaling.isFinite && scaling > 0, "scaling constant D must be finite and positive, got \(scaling)")
        for i in a.indices {
            precondition(a[i].isFinite && a[i] > 0, "pool item \(i): a must be finite and positive, got \(a[i])")
            precondition(b[i].isFinite, "pool item \(i): b must be finite, got \(b[i])")
            precondition(
                c[i] >= 0 && c[i] < d[i] && d[i] <= 1,
                "pool item \(i): need 0 ≤ c < d ≤ 1, got c \(c[i]), d \(d[i])")
        }
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.scaling = scaling
    }

    /// Creates a pool holding `items` in order.
    public init(items: [DichotomousItem], scaling: Double = ScalingConstant.logistic) {
        self.init(
            a: items.map(\.a), b: items.map(\.b), c: items.map(\.c), d: items.map(\.d), scaling: scaling)
    }

    /// Number of items.
    public var count: Int { a.count }

    /// Item `index` as a value.
    public subscript(index: Int) -> DichotomousItem {
        DichotomousItem(a: a[index], b: b[index], c: c[index], d: d[index])
    }

    /// P(correct | θ) for item `index`.
    public func probability(ofItem index: Int, at theta: Double) -> Double {
        terms(index, at: theta).p
    }

    /// P, Q = 1 − P and the first two θ-derivatives of P for item `index`, from one
    /// exponential.
    ///
    /// With L = 1/(1 + e), e = exp(−D·a·(θ − b)) and L̄ = 1 − L = e/(1 + e):
    /// P = c + (d − c)·L, Q = (1 − d) + (d − c)·L̄, P′ = D·a·(d − c)·L·L̄ and
    /// P″ = (D·a)²·(d − c)·L·L̄·(L̄ − L). Q is built from L̄, not as 1 − P, so that it keeps
    /// full relative precision when P is close to 1.
    @inline(__always)
    func terms(_ index: Int, at theta: Double) -> ItemResponseTerms {
        let slope = scaling * a[index]
        let e = exp(-slope * (theta - b[index]))
        let logistic = 1 / (1 + e)
        // e = ∞ (far below b) means L = 0 and L̄ = 1; e·L would be ∞·0.
        let complement = e.isFinite ? e * logistic : 1
        let range = d[index] - c[index]
        let spread = range * logistic * complement
        return ItemResponseTerms(
            p: c[index] + range * logistic,
            q: (1 - d[index]) + range * complement,
            derivative: slope * spread,
            secondDerivative: slope * slope * spread * (complement - logistic))
    }
}

/// The quantities of one dichotomous item at one θ that every statistic of the pool is built
/// from.
struct ItemResponseTerms {
    /// P(correct | θ).
    var p: Double
    /// 1 − P, computed to full relative precision.
    var q: Double
    /// dP/dθ.
    var derivative: Double
    /// d²P/dθ².
    var secondDerivative: Double

    /// Fisher information P′²/(P·Q) (Lord 1980, eq. 5-9); 0 where P or Q underflows.
    @inline(__always)
    var information: Double {
        p > 0 && q > 0 ? derivative * derivative / (p * q) : 0
    }
}
