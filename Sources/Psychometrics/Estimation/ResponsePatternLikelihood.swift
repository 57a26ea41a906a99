import Foundation

/// The likelihood of one dichotomous response pattern on items of a pool, and its
/// θ-derivatives, evaluated on the fly: a view over the caller's arrays that allocates
/// nothing.
struct ResponsePatternLikelihood {
    let pool: DichotomousPool
    /// Pool positions of the responses; nil means responses[k] answers pool item k.
    let indices: [Int]?
    /// true = correct (u = 1).
    let responses: [Bool]

    init(pool: DichotomousPool, indices: [Int]?, responses: [Bool]) {
        if let indices {
            precondition(
                indices.count == responses.count,
                "\(indices.count) administered items but \(responses.count) responses")
            for index in indices {
                precondition(pool.a.indices.contains(index), "item index \(index) is outside the pool of \(pool.count)")
            }
        } else {
            precondition(
                responses.count == pool.count, "\(responses.count) responses for a pool of \(pool.count) items")
        }
        self.pool = pool
        self.indices = indices
        self.responses = responses
    }

    var count: Int { responses.count }

    @inline(__always)
    func item(_ k: Int) -> Int { indices?[k] ?? k }

    /// Empty, all correct, all incorrect or mixed.
    var pattern: AbilityEstimate.Pattern {
        guard !responses.isEmpty else { return .empty }
        var correct = 0
        for response in responses where response { correct += 1 }
        return correct == responses.count ? .allCorrect : correct == 0 ? .allIncorrect : .mixed
    }

    /// True when every administered item is 2PL or Rasch (c = 0, d = 1): log L is then a sum
    /// of strictly concave functions of θ and has at most one maximum.
    var isLogConcave: Bool {
        for k in 0..<count {
            let i = item(k)
            if pool.c[i] != 0 || pool.d[i] != 1 { return false }
        }
        return true
    }

    /// log L(θ) = Σ_k [u_k·log P_k + (1 − u_k)·log Q_k] (Lord 1980, ch. 4: local
    /// independence makes the likelihood a product over items).
    func logLikelihood(at theta: Double) -> Double {
        var sum = 0.0
        for k in 0..<count {
            let terms = pool.terms(item(k), at: theta)
            sum += responses[k] ? log(terms.p) : log(terms.q)
        }
        return sum
    }

    /// The derivatives of log L at θ that the estimators need, in one pass.
    func derivatives(at theta: Double) -> LikelihoodDerivatives {
        var result = LikelihoodDerivatives()
        for k in 0..<count {
            let terms = pool.terms(item(k), at: theta)
            let pq = terms.p * terms.q
            guard pq > 0 else { continue }  // P or Q underflowed: the item carries no information here
            let residual = (responses[k] ? 1 : 0) - terms.p
            result.score += residual * terms.derivative / pq
            result.information += terms.derivative * terms.derivative / pq
            result.warmNumerator += terms.derivative * terms.secondDerivative / pq
            // d/dθ [P′/(PQ)] = P″/(PQ) − P′²(Q − P)/(PQ)², since d(PQ)/dθ = P′(Q − P).
            let ratioSlope =
                terms.secondDerivative / pq - terms.derivative * terms.derivative * (terms.q - terms.p) / (pq * pq)
            result.observedInformation += terms.derivative * terms.derivative / pq - residual * ratioSlope
        }
        return result
    }

    /// Test information Σ_k P_k′²/(P_k·Q_k) over the administered items.
    func information(at theta: Double) -> Double {
        var sum = 0.0
        for k in 0..<count { sum += pool.terms(item(k), at: theta).information }
        return sum
    }
}

/// First-order quantities of a response pattern's likelihood at one θ.
struct LikelihoodDerivatives {
    /// The score function ∂ log L/∂θ = Σ (u − P)·P′/(P·Q); the likelihood equation is
    /// score = 0 (Lord 1980, ch. 4).
    var score = 0.0
    /// Test Fisher information I(θ) = Σ P′²/(P·Q).
    var information = 0.0
    /// Observed information
    /// −∂² log L/∂θ² = Σ [P′²/(P·Q) − (u − P)·(P″/(P·Q) − P′²·(Q − P)/(P·Q)²)]
    /// (differentiating the score once more). The second term vanishes for 2PL and Rasch items, where
    /// P″ = D·a·P′·(Q − P), so observed and Fisher information agree there.
    var observedInformation = 0.0
    /// Warm's J(θ) = Σ P′·P″/(P·Q) (Warm 1989, Psychometrika 54): the numerator of the
    /// bias correction J/(2I). For 2PL and Rasch items J = dI/dθ.
    var warmNumerator = 0.0
}
