/// Classical (CTT) statistics of one dichotomously scored item: difficulty, discrimination,
/// reliability contribution and, when the raw responses are known, distractor analysis.
///
/// Every statistic runs over the item's n candidates — those who were given the item; an
/// omission counts in n and scores 0, a not-administered cell does not count (see
/// ``ResponseMatrix``). T is the candidate's total score over the items the candidate was given,
/// the studied item included; the rest score is R = T − x.
///
/// **Undefined values are nil, never NaN.** An item that nobody or everybody answered correctly
/// (zero variance) has a p-value and standard deviations but no correlations; an item nobody was
/// given has counts only. ``alphaIfDeleted`` is nil for incomplete (sparse) data, fewer than
/// three items, or a constant rest score.
public struct ItemAnalysis: Sendable, Hashable {
    /// The item's zero-based column.
    public let item: Int
    /// n: the candidates given the item (omissions included, not-administered cells excluded).
    public let count: Int
    /// Candidates who chose an option (n − omitted); nil when only scores were analysed.
    public let respondedCount: Int?
    /// Candidates who left the item unanswered; nil when only scores were analysed.
    public let omittedCount: Int?
    /// Candidates who answered correctly.
    public let correctCount: Int
    /// The p-value (facility) p = n_correct / n (Crocker & Algina 1986, ch. 14); nil when n = 0.
    public let pValue: Double?
    /// Item standard deviation with divisor n: √(pq).
    public let standardDeviationPopulation: Double?
    /// Item standard deviation with divisor n − 1: √(pq·n/(n − 1)); nil when n < 2.
    public let standardDeviationSample: Double?
    /// Point-biserial r_pb: Pearson correlation of x with the total T, item included
    /// (uncorrected; Crocker & Algina 1986, ch. 14).
    public let pointBiserial: Double?
    /// Corrected point-biserial: Pearson correlation of x with the rest score R = T − x
    /// (item–rest correlation; Crocker & Algina 1986, ch. 14), free of the item's overlap with T.
    public let pointBiserialCorrected: Double?
    /// Biserial r_bis = r_pb·√(pq)/φ(z_p), z_p = Φ⁻¹(p) (Lord & Novick 1968, ch. 15), the
    /// correlation with T of a normal latent variable dichotomised at p.
    public let biserial: Double?
    /// The biserial computed from ``pointBiserialCorrected``.
    public let biserialCorrected: Double?
    /// Proportion correct in the upper group (top 27 % by total; see ``ClassicalAnalysis``),
    /// among its members given the item; nil when none was.
    public let upperGroupPValue: Double?
    /// Proportion correct in the lower group (bottom 27 % by total).
    public let lowerGroupPValue: Double?
    /// Upper–lower discrimination index D = p_U − p_L (Kelley 1939; Crocker & Algina 1986, ch. 14).
    public let discriminationUpperLower: Double?
    /// Cronbach's α of the other k − 1 items: ((k−1)/(k−2))·(1 − (Σσ²_j − σ²_i)/σ²_{T−x_i})
    /// (Cronbach 1951); variances with divisor n.
    public let alphaIfDeleted: Double?
    /// One row per option, in option order (empty when only scores were analysed).
    public let options: [OptionAnalysis]
    /// The omission row (option ``ResponseMatrix/omitted``); nil when only scores were analysed.
    public let omission: OptionAnalysis?
}

extension ItemAnalysis {
    /// Computes the statistics of item `item` from its sums.
    ///
    /// - Parameters:
    ///   - scaledItemVarianceSum: Σ_j n²σ²_j over all k items (exact integers), for α if deleted.
    ///   - reliabilityIsDefined: whether the data are complete, so that α if deleted applies.
    init(
        item: Int, moments m: ItemMoments, itemCount k: Int, scaledItemVarianceSum: Int,
        reliabilityIsDefined: Bool, options: [OptionAnalysis], omission: OptionAnalysis?
    ) {
        self.item = item
        count = m.count
        correctCount = m.correct
        self.options = options
        self.omission = omission
        omittedCount = omission?.count
        respondedCount = omission.map { m.count - $0.count }

        let n = Double(m.count)
        let p: Double? = m.count > 0 ? Double(m.correct) / n : nil
        pValue = p
        let pq = p.map { $0 * (1 - $0) }
        standardDeviationPopulation = pq.map { $0.squareRoot() }
        standardDeviationSample = m.count > 1 ? pq.map { ($0 * n / (n - 1)).squareRoot() } : nil

        let pointBiserial = ItemMoments.pearson(
            count: m.count, sumX: m.correct, sumXSquared: m.correct,
            sumY: m.sumTotal, sumYSquared: m.sumTotalSquared, sumXY: m.sumCorrectTotal)
        let corrected = ItemMoments.pearson(
            count: m.count, sumX: m.correct, sumXSquared: m.correct,
            sumY: m.sumRest, sumYSquared: m.sumRestSquared, sumXY: m.sumCorrectRest)
        self.pointBiserial = pointBiserial
        pointBiserialCorrected = corrected
        // A defined r_pb implies 0 < p < 1, so Φ⁻¹(p) and φ(z_p) > 0 exist.
        let biserialFactor = p.flatMap { p -> Double? in
            guard p > 0, p < 1 else { return nil }
            return (p * (1 - p)).squareRoot() / StandardNormal.density(StandardNormal.quantile(p))
        }
        biserial = pointBiserial.flatMap { r in biserialFactor.map { r * $0 } }
        biserialCorrected = corrected.flatMap { r in biserialFactor.map { r * $0 } }

        let upper = m.upperCount > 0 ? Double(m.upperCorrect) / Double(m.upperCount) : nil
        let lower = m.lowerCount > 0 ? Double(m.lowerCorrect) / Double(m.lowerCount) : nil
        upperGroupPValue = upper
        lowerGroupPValue = lower
        discriminationUpperLower = upper.flatMap { u in lower.map { u - $0 } }

        // α of the remaining k − 1 items, on variances scaled by n² (exact integers); the
        // scale cancels in the ratio.
        let restVariance = m.scaledRestVariance
        if reliabilityIsDefined, k >= 3, restVariance > 0 {
            let remaining = Double(k - 1)
            alphaIfDeleted =
                remaining / (remaining - 1)
                * (1 - Double(scaledItemVarianceSum - m.scaledVariance) / Double(restVariance))
        } else {
            alphaIfDeleted = nil
        }
    }
}
