import Foundation

/// Parameters of a rating-scale item under Muraki's generalized partial credit model (GPCM).
///
/// Categories are scored 0…m. With step parameters b_1…b_m,
///
///     z_0 = 0,   z_k = Σ_{v=1}^{k} D·a·(θ − b_v),   P_k(θ) = exp(z_k) / Σ_{c=0}^{m} exp(z_c)
///
/// (Muraki 1992, APM 16). Steps need not be ordered ("reversed" steps are legal and only mean
/// that a middle category is never the most likely one). The partial credit model (Masters
/// 1982) is the case a = 1.
///
/// D is the scaling constant (``ScalingConstant``), 1 unless stated.
public struct GeneralizedPartialCreditItem: PolytomousItem {
    /// Discrimination (slope).
    public let a: Double
    /// Step parameters b_1…b_m: b_v is where the curves of categories v − 1 and v cross.
    public let b: [Double]

    /// Creates a GPCM item; traps unless `a` is positive and every step is finite.
    public init(a: Double, b: [Double]) {
        Self.checkParameters(a: a, b: b, model: "GPCM", noun: "step parameter")
        self.a = a
        self.b = b
    }

    /// Writes P_0 … P_m at θ into `probabilities`, which must hold `categoryCount` elements.
    ///
    /// The exponentials are taken of z_k − max_c z_c, which leaves every ratio unchanged and
    /// keeps them from overflowing.
    public func categoryProbabilities(
        at theta: Double, scaling D: Double = ScalingConstant.logistic, into probabilities: inout [Double]
    ) {
        checkBuffer(count: probabilities.count)
        let largest = largestCumulativeLogit(at: theta, scaling: D)
        let slope = D * a
        var z = 0.0
        var total = 0.0
        for k in 0...maximumScore {
            if k > 0 { z += slope * (theta - b[k - 1]) }
            let weight = exp(z - largest)
            probabilities[k] = weight
            total += weight
        }
        for k in 0...maximumScore { probabilities[k] /= total }
    }

    /// Expected item score E[X | θ] = Σ_k k·P_k.
    public func expectedScore(at theta: Double, scaling D: Double = ScalingConstant.logistic) -> Double {
        moments(at: theta, scaling: D).mean
    }

    /// Item Fisher information I(θ) = (D·a)²·[Σ_k k²·P_k − (Σ_k k·P_k)²] (Muraki 1993, APM 17):
    /// the squared slope times the conditional variance of the category score.
    public func information(at theta: Double, scaling D: Double = ScalingConstant.logistic) -> Double {
        let slope = D * a
        return slope * slope * moments(at: theta, scaling: D).variance
    }

    /// Mean and variance of the category score at θ, in one pass over the categories
    /// without a buffer.
    func moments(at theta: Double, scaling D: Double) -> (mean: Double, variance: Double) {
        let largest = largestCumulativeLogit(at: theta, scaling: D)
        let slope = D * a
        var z = 0.0
        var total = 0.0
        var first = 0.0
        var second = 0.0
        for k in 0...maximumScore {
            if k > 0 { z += slope * (theta - b[k - 1]) }
            let weight = exp(z - largest)
            let score = Double(k)
            total += weight
            first += score * weight
            second += score * score * weight
        }
        let mean = first / total
        // E[X²] − E[X]² cannot be negative; rounding can make it −1e-17 at the extremes.
        return (mean, max(0, second / total - mean * mean))
    }

    /// max_k z_k, the shift that keeps the exponentials finite.
    func largestCumulativeLogit(at theta: Double, scaling D: Double) -> Double {
        let slope = D * a
        var z = 0.0
        var largest = 0.0
        for step in b {
            z += slope * (theta - step)
            largest = max(largest, z)
        }
        return largest
    }
}
