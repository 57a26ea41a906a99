import Foundation

/// The regularized incomplete beta function I_x(a, b) and its inverse in x.
enum IncompleteBeta {
    /// I_x(a, b) = B(x; a, b) / B(a, b), by the continued fraction of Abramowitz & Stegun (1964,
    /// 26.5.8) evaluated with the modified Lentz method (Press et al. 2007, §6.4), using the
    /// symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges faster.
    static func regularized(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        // x^a (1−x)^b / B(a, b), in logs to avoid overflow.
        let logPowers: Double = a * log(x) + b * log1p(-x)
        let front: Double = exp(logPowers - logBeta(a, b))
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x, a, b) / a
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b
    }

    /// The density of Beta(a, b) at x: x^(a−1) (1−x)^(b−1) / B(a, b).
    static func density(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let logPowers: Double = (a - 1) * log(x) + (b - 1) * log1p(-x)
        return exp(logPowers - logBeta(a, b))
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0.
    private static func logBeta(_ a: Double, _ b: Double) -> Double {
        logGamma(a) + logGamma(b) - logGamma(a + b)
    }

    /// ln Γ(x) through the re-entrant `lgamma_r`: plain `lgamma` writes the global `signgam`,
    /// a data race when analyses run concurrently.
    private static func logGamma(_ x: Double) -> Double {
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// The x in (0, 1) with I_x(a, b) = p: Newton's method on I_x − p, kept inside a bracket
    /// that shrinks every step and falling back to bisection when a step would leave it.
    static func inverse(_ p: Double, _ a: Double, _ b: Double) -> Double {
        var low = 0.0
        var high = 1.0
        var x = a / (a + b)
        for _ in 0..<200 {
            let error = regularized(x, a, b) - p
            if error == 0 { return x }
            if error < 0 { low = x } else { high = x }
            let slope = density(x, a, b)
            var next = x - error / slope
            if !(next > low && next < high) || !slope.isFinite || slope == 0 {
                next = 0.5 * (low + high)
            }
            if abs(next - x) <= 4 * Double.ulpOfOne * x { return next }
            x = next
        }
        return x
    }

    /// The continued fraction 1/(1+ d1/(1+ d2/(1+ …))) with d_{2m+1} = −(a+m)(a+b+m)x/((a+2m)(a+2m+1))
    /// and d_{2m} = m(b−m)x/((a+2m−1)(a+2m)) (A&S 26.5.8), by modified Lentz.
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        for m in 1...10_000 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            result *= step
            if abs(step - 1) < Double.ulpOfOne { break }
        }
        return result
    }
}
