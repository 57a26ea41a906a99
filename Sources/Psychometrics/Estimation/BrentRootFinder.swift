/// Brent's bracketed root finder: the zero of a continuous function on an interval where it
/// changes sign.
///
/// Each step takes inverse quadratic interpolation through the last three points (or the
/// secant through two), and falls back to bisection whenever the interpolated step would
/// leave the bracket or shrink it by less than half of the step before last. The bracket
/// therefore always contains a root, convergence is superlinear near a simple root, and the
/// number of evaluations is never much worse than bisection's (Brent 1973, *Algorithms for
/// Minimization without Derivatives*, ch. 4, procedure `zero`; Press et al. 2007,
/// *Numerical Recipes*, 3rd ed., §9.3). Written here rather than imported so the module stays
/// dependency-free; it allocates nothing (the closure is non-escaping).
enum BrentRootFinder {
    /// Absolute tolerance on the root used unless stated: the returned x lies within
    /// 2·ε·|x| + tolerance of a sign change of `f`.
    static let defaultTolerance = 1e-12

    /// Iteration cap. Bisection alone halves the bracket 200 times, far past double precision,
    /// so the cap is only a guard against a function that returns NaN.
    static let maximumIterations = 200

    /// The root of `f` in [`lower`, `upper`], given f(lower) and f(upper) of opposite signs
    /// (or either of them zero).
    ///
    /// - Precondition: `lower < upper`, both finite, and the end values bracket a root.
    static func root(
        between lower: Double, and upper: Double,
        valuesAtEnds: (lower: Double, upper: Double),
        tolerance: Double = defaultTolerance,
        of f: (Double) -> Double
    ) -> Double {
        precondition(
            lower.isFinite && upper.isFinite && lower < upper, "root bracket must be finite with lower < upper")
        let (fLower, fUpper) = valuesAtEnds
        if fLower == 0 { return lower }
        if fUpper == 0 { return upper }
        precondition(
            (fLower < 0) != (fUpper < 0),
            "f must change sign on [\(lower), \(upper)]; got f = \(fLower) and \(fUpper)")

        // b is the best estimate, a the previous one, c the far end of the bracket [b, c].
        var a = lower
        var fa = fLower
        var b = upper
        var fb = fUpper
        var c = a
        var fc = fa
        var step = b - a
        var previousStep = step
        for _ in 0..<maximumIterations {
            if (fb > 0 && fc > 0) || (fb < 0 && fc < 0) {
                // The root is between a and b: make a the far end again.
                c = a
                fc = fa
                step = b - a
                previousStep = step
            }
            if abs(fc) < abs(fb) {
                a = b
                b = c
                c = a
                fa = fb
                fb = fc
                fc = fa
            }
            let accuracy = 2 * Double.ulpOfOne * abs(b) + 0.5 * tolerance
            let half = 0.5 * (c - b)
            if abs(half) <= accuracy || fb == 0 { return b }

            if abs(previousStep) >= accuracy && abs(fa) > abs(fb) {
                // Interpolate: secant when only two distinct points, else inverse quadratic.
                let s = fb / fa
                var p: Double
                var q: Double
                if a == c {
                    p = 2 * half * s
                    q = 1 - s
                } else {
                    let r = fb / fc
                    let t = fa / fc
                    p = s * (2 * half * t * (t - r) - (b - a) * (r - 1))
                    q = (t - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                // Accept the step only if it stays well inside the bracket and shrinks fast enough.
                if 2 * p < min(3 * half * q - abs(accuracy * q), abs(previousStep * q)) {
                    previousStep = step
                    step = p / q
                } else {
                    step = half
                    previousStep = step
                }
            } else {
                step = half
                previousStep = step
            }
            a = b
            fa = fb
            b += abs(step) > accuracy ? step : (half > 0 ? accuracy : -accuracy)
            fb = f(b)
        }
        return b
    }
}
