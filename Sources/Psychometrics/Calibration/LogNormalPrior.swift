import Foundation

/// A log-normal prior density on the slope a of a 2PL or 3PL item: log a ~ N(μ, σ²).
///
/// log π(a) = −log a − log(σ√(2π)) − (log a − μ)² / (2σ²). It keeps a positive and pulls
/// runaway slopes (Heywood cases) back; its mode is exp(μ − σ²).
public struct LogNormalPrior: Sendable, Hashable {
    /// μ, the mean of log a.
    public let mean: Double
    /// σ, the standard deviation of log a.
    public let standardDeviation: Double

    public init(mean: Double, standardDeviation: Double) {
        precondition(mean.isFinite, "the mean of log a must be finite")
        precondition(standardDeviation > 0 && standardDeviation.isFinite, "need a finite σ > 0")
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// log a ~ N(0, 0.5²): BILOG-MG's default slope prior (Zimowski, Muraki, Mislevy & Bock
    /// 1996, SPRIOR defaults) and irtQ/irtplay's default `aprior` (lnorm(0, 0.5)). Weak: its
    /// central 95% covers a from 0.38 to 2.66.
    public static let bilogDefault = LogNormalPrior(mean: 0, standardDeviation: 0.5)

    /// log π(a), including the normalising constant.
    public func logDensity(_ a: Double) -> Double {
        let z = (log(a) - mean) / standardDeviation
        return -log(a) - log(standardDeviation * (2 * Double.pi).squareRoot()) - 0.5 * z * z
    }
}
