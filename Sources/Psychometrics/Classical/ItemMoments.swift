/// Exact integer sums over one item's column, from which every item statistic is computed.
///
/// x is the 0/1 item score and T the candidate's total; all sums run over the n candidates
/// given the item. Integer sums keep the correlations exact up to the final division (they stay
/// far below 2⁵³ for any realistic test).
struct ItemMoments: Sendable, Hashable {
    /// n: candidates given the item.
    var count = 0
    /// Σx: candidates who answered correctly (x² = x, so this is also Σx²).
    var correct = 0
    /// ΣT.
    var sumTotal = 0
    /// ΣT².
    var sumTotalSquared = 0
    /// Σx·T.
    var sumCorrectTotal = 0
    /// Candidates of the upper group given the item, and how many of them answered correctly.
    var upperCount = 0
    var upperCorrect = 0
    /// The same for the lower group.
    var lowerCount = 0
    var lowerCorrect = 0

    /// n²·Var(x) with divisor n: c·(n − c). Exact.
    var scaledVariance: Int { correct * (count - correct) }

    /// n²·Var(T) with divisor n: n·ΣT² − (ΣT)². Exact.
    var scaledTotalVariance: Int { count * sumTotalSquared - sumTotal * sumTotal }

    /// The rest score R = T − x: ΣR, ΣR² = ΣT² − 2Σx·T + Σx, Σx·R = Σx·T − Σx.
    var sumRest: Int { sumTotal - correct }
    var sumRestSquared: Int { sumTotalSquared - 2 * sumCorrectTotal + correct }
    var sumCorrectRest: Int { sumCorrectTotal - correct }

    /// n²·Var(R) with divisor n. Exact.
    var scaledRestVariance: Int { count * sumRestSquared - sumRest * sumRest }

    /// Pearson's r from raw sums: (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)) (Pearson 1896);
    /// nil when either variable is constant, where r is undefined.
    static func pearson(
        count n: Int, sumX: Int, sumXSquared: Int, sumY: Int, sumYSquared: Int, sumXY: Int
    ) -> Double? {
        let scaledVarianceX = n * sumXSquared - sumX * sumX
        let scaledVarianceY = n * sumYSquared - sumY * sumY
        guard scaledVarianceX > 0, scaledVarianceY > 0 else { return nil }
        let scaledCovariance = n * sumXY - sumX * sumY
        return Double(scaledCovariance)
            / (Double(scaledVarianceX).squareRoot() * Double(scaledVarianceY).squareRoot())
    }
}
