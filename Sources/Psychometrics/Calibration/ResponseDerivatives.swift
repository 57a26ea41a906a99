import Foundation

/// A symmetric 3 × 3 matrix over the item-level parameters (slope α = D·a, intercept, logit c).
struct SymmetricMatrix3: Sendable {
    var ss = 0.0, si = 0.0, sg = 0.0, ii = 0.0, ig = 0.0, gg = 0.0

    static func + (lhs: Self, rhs: Self) -> Self {
        Self(
            ss: lhs.ss + rhs.ss, si: lhs.si + rhs.si, sg: lhs.sg + rhs.sg,
            ii: lhs.ii + rhs.ii, ig: lhs.ig + rhs.ig, gg: lhs.gg + rhs.gg)
    }

    static func * (scale: Double, m: Self) -> Self {
        Self(
            ss: scale * m.ss, si: scale * m.si, sg: scale * m.sg,
            ii: scale * m.ii, ig: scale * m.ig, gg: scale * m.gg)
    }

    /// Entry (row, column) with 0 = slope, 1 = intercept, 2 = logit c.
    func entry(_ row: Int, _ column: Int) -> Double {
        switch (min(row, column), max(row, column)) {
        case (0, 0): ss
        case (0, 1): si
        case (0, 2): sg
        case (1, 1): ii
        case (1, 2): ig
        default: gg
        }
    }

    /// Solves M·x = b by Cholesky for the components where `active` is 1 (the others get 0);
    /// nil when that block is not positive definite.
    func solve(_ b: SIMD3<Double>, active: SIMD3<Double>) -> SIMD3<Double>? {
        // Pin inactive components: unit diagonal, zero coupling, zero right-hand side.
        let a00 = active[0] == 1 ? ss : 1
        let a11 = active[1] == 1 ? ii : 1
        let a22 = active[2] == 1 ? gg : 1
        let a10 = active[0] * active[1] * si
        let a20 = active[0] * active[2] * sg
        let a21 = active[1] * active[2] * ig
        let rhs = b * active
        guard a00 > 0 else { return nil }
        let l00 = a00.squareRoot()
        let l10 = a10 / l00
        let l20 = a20 / l00
        let d11 = a11 - l10 * l10
        guard d11 > 0 else { return nil }
        let l11 = d11.squareRoot()
        let l21 = (a21 - l20 * l10) / l11
        let d22 = a22 - l20 * l20 - l21 * l21
        guard d22 > 0 else { return nil }
        let l22 = d22.squareRoot()
        let y0 = rhs[0] / l00
        let y1 = (rhs[1] - l10 * y0) / l11
        let y2 = (rhs[2] - l20 * y0 - l21 * y1) / l22
        let x2 = y2 / l22
        let x1 = (y1 - l21 * x2) / l11
        let x0 = (y0 - l10 * x1 - l20 * x2) / l00
        return SIMD3(x0, x1, x2) * active
    }
}

/// Score and negative Hessian of one response's log-likelihood, ℓ(x) = x·log P + (1 − x)·log Q,
/// at one quadrature node, for x = 0 and x = 1, in the item parameters (α = D·a, intercept,
/// γ = logit c).
///
/// With P* = 1/(1 + exp(−(αθ + intercept))), P = c + (1 − c)P*, Q = 1 − P, and
/// ∂ℓ/∂η = (x − P)/(PQ)·∂P/∂η, ∂²ℓ/∂η∂η′ = (x − P)/(PQ)·∂²P/∂η∂η′ − ∂P/∂η·∂P/∂η′·(x/P² + (1 − x)/Q²)
/// (Baker & Kim 2004, §§ 2.3 and 7.3), where ∂P/∂α = (1 − c)P*Q*θ, ∂P/∂intercept = (1 − c)P*Q*,
/// ∂P/∂γ = c(1 − c)Q*. For c = 0 (logit link) these reduce to a score (x − P)·(θ, 1) and a
/// negative Hessian P·Q·[[θ², θ], [θ, 1]] that does not depend on x.
struct ResponseDerivatives: Sendable {
    var score0: SIMD3<Double>
    var score1: SIMD3<Double>
    var negativeHessian0: SymmetricMatrix3
    var negativeHessian1: SymmetricMatrix3

    init(slope: Double, intercept: Double, guessing c: Double, theta: Double) {
        let pStar = Self.logistic(slope * theta + intercept)
        let qStar = Self.logistic(-(slope * theta + intercept))
        if c == 0 {
            let w = pStar * qStar
            score0 = SIMD3(-pStar * theta, -pStar, 0)
            score1 = SIMD3(qStar * theta, qStar, 0)
            negativeHessian0 = SymmetricMatrix3(ss: w * theta * theta, si: w * theta, ii: w)
            negativeHessian1 = negativeHessian0
            return
        }
        let p = c + (1 - c) * pStar
        let q = (1 - c) * qStar
        let w = pStar * qStar
        // x = 0: score −∂P/∂η / Q; negative Hessian ∂²P/Q + (∂P/Q)(∂P/Q)′ (the (1 − c)Q* cancels).
        let g0 = SIMD3(pStar * theta, pStar, c)
        score0 = -g0
        let curvature = pStar * (1 - 2 * pStar)
        negativeHessian0 = SymmetricMatrix3(
            ss: curvature * theta * theta + g0[0] * g0[0],
            si: curvature * theta + g0[0] * g0[1],
            sg: -c * pStar * theta + g0[0] * g0[2],
            ii: curvature + g0[1] * g0[1],
            ig: -c * pStar + g0[1] * g0[2],
            gg: c * (1 - 2 * c) + g0[2] * g0[2])
        // x = 1: score ∂P/∂η / P; negative Hessian −∂²P/P + (∂P/P)(∂P/P)′.
        let ratio = (1 - c) * w / p
        let g1 = SIMD3(ratio * theta, ratio, c * q / p)
        score1 = g1
        let curvature1 = ratio * (1 - 2 * pStar)
        let mixed = c * q * pStar / p
        negativeHessian1 = SymmetricMatrix3(
            ss: -curvature1 * theta * theta + g1[0] * g1[0],
            si: -curvature1 * theta + g1[0] * g1[1],
            sg: mixed * theta + g1[0] * g1[2],
            ii: -curvature1 + g1[1] * g1[1],
            ig: mixed + g1[1] * g1[2],
            gg: -c * q * (1 - 2 * c) / p + g1[2] * g1[2])
    }

    /// log P(x = 1) and log P(x = 0) at logit z with lower asymptote c, computed without
    /// cancellation: log P* = −softplus(−z), log Q = log(1 − c) − softplus(z).
    @inline(__always)
    static func logProbabilities(logit z: Double, guessing c: Double) -> (correct: Double, incorrect: Double) {
        let logPStar = -softplus(-z)
        let logQStar = -softplus(z)
        if c == 0 { return (logPStar, logQStar) }
        return (log(c + (1 - c) * exp(logPStar)), log1p(-c) + logQStar)
    }

    /// log(1 + eˣ) without overflow.
    @inline(__always)
    static func softplus(_ x: Double) -> Double {
        max(x, 0) + log1p(exp(-abs(x)))
    }

    /// 1/(1 + e^(−z)).
    @inline(__always)
    static func logistic(_ z: Double) -> Double {
        z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
    }
}
