/// Feldt's (1965) confidence interval for Cronbach's α (KR-20).
///
/// (1 − α)/(1 − α̂) follows F(N − 1, (N − 1)(k − 1)) approximately (Feldt 1965, Psychometrika
/// 30, 357–370; Feldt, Woodruff & Salih 1987). For confidence level γ:
/// lower = 1 − (1 − α̂)·F_{(1+γ)/2}, upper = 1 − (1 − α̂)·F_{(1−γ)/2}.
public struct FeldtInterval: Sendable, Hashable {
    /// The confidence level γ, e.g. 0.95.
    public let level: Double
    /// Lower bound of α.
    public let lower: Double
    /// Upper bound of α.
    public let upper: Double
    /// N − 1.
    public let numeratorDegreesOfFreedom: Int
    /// (N − 1)(k − 1).
    public let denominatorDegreesOfFreedom: Int
    /// F_{(1+γ)/2}(N − 1, (N − 1)(k − 1)), the quantile behind the lower bound.
    public let upperQuantile: Double
    /// F_{(1−γ)/2}(N − 1, (N − 1)(k − 1)), the quantile behind the upper bound.
    public let lowerQuantile: Double

    /// The interval around `alpha` for `candidateCount` candidates and `itemCount` items.
    ///
    /// Needs N ≥ 2 and k ≥ 2; `level` must lie in (0, 1).
    public init(alpha: Double, candidateCount: Int, itemCount: Int, level: Double = 0.95) {
        precondition(candidateCount >= 2 && itemCount >= 2, "FeldtInterval: needs N ≥ 2 and k ≥ 2")
        precondition(level > 0 && level < 1, "FeldtInterval: level \(level) is not in (0, 1)")
        let df1 = candidateCount - 1
        let df2 = (candidateCount - 1) * (itemCount - 1)
        let high = FDistribution.quantile((1 + level) / 2, degreesOfFreedom: Double(df1), Double(df2))
        let low = FDistribution.quantile((1 - level) / 2, degreesOfFreedom: Double(df1), Double(df2))
        self.level = level
        numeratorDegreesOfFreedom = df1
        denominatorDegreesOfFreedom = df2
        upperQuantile = high
        lowerQuantile = low
        lower = 1 - (1 - alpha) * high
        upper = 1 - (1 - alpha) * low
    }
}
