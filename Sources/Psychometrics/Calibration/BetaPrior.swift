import Foundation

/// A Beta(α, β) prior density on the lower asymptote c of a 3PL item.
///
/// log π(c) = (α − 1)·log c + (β − 1)·log(1 − c) − log B(α, β). With α, β > 1 it vanishes at
/// c = 0 and c = 1, so a penalised (posterior-mode) estimate of c always lies inside (0, 1).
/// Its mode is (α − 1)/(α + β − 2).
public struct BetaPrior: Sendable, Hashable {
    public let alpha: Double
    public let beta: Double

    public init(alpha: Double, beta: Double) {
        precondition(alpha >= 1 && beta >= 1 && alpha.isFinite && beta.isFinite, "need finite α, β ≥ 1")
        self.alpha = alpha
        self.beta = beta
    }

    /// Beta(5, 17): BILOG-MG's default guessing prior for items with five alternatives.
    ///
    /// BILOG-MG sets α = m·p + 1, β = m·(1 − p) + 1 with prior weight m = 20 and p = 1/(number of
    /// alternatives) (Zimowski, Muraki, Mislevy & Bock 1996, BILOG-MG manual, GPRIOR defaults;
    /// the formula is Swaminathan & Gifford 1986, as given by Harwell & Baker 1991, p. 386).
    /// For p = 1/5 this is Beta(5, 17): mean 5/22 ≈ 0.227, mode 0.2. It is also the default
    /// `gprior` of irtQ/irtplay.
    public static let bilogDefault = BetaPrior(alpha: 5, beta: 17)

    /// Beta(20·p + 1, 20·(1 − p) + 1) for items with `alternatives` options (BILOG-MG's rule).
    public static func bilog(alternatives: Int) -> BetaPrior {
        precondition(alternatives >= 2, "an item needs at least two alternatives")
        let p = 1 / Double(alternatives)
        return BetaPrior(alpha: 20 * p + 1, beta: 20 * (1 - p) + 1)
    }

    /// log π(c), including the normalising constant −log B(α, β).
    public func logDensity(_ c: Double) -> Double {
        (alpha - 1) * log(c) + (beta - 1) * log1p(-c) - (lgamma(alpha) + lgamma(beta) - lgamma(alpha + beta))
    }
}
