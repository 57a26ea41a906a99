/// Classical statistics of the total (number-correct) score: location, spread, shape and
/// internal-consistency reliability.
///
/// Totals are over the items each candidate was given. Variances are given with both divisors:
/// *population* (divisor N) and *sample* (divisor N − 1). Reliability coefficients use
/// population variances throughout (α does not depend on the divisor when it is used
/// consistently).
///
/// **Undefined values are nil, never NaN.** Reliability (KR-20, α and its interval, KR-21, SEM,
/// Spearman–Brown) needs complete data — every candidate given every item — at least two items,
/// and totals that vary; sparse (adaptive) data have no classical reliability here (use the IRT
/// test information instead). Sample variances need N ≥ 2, G1 N ≥ 3, G2 N ≥ 4.
public struct TestStatistics: Sendable, Hashable {
    /// N: candidates.
    public let candidateCount: Int
    /// k: items.
    public let itemCount: Int
    /// Mean total M.
    public let mean: Double
    /// Median total (mean of the two middle totals when N is even).
    public let median: Double
    /// Lowest total.
    public let minimum: Double
    /// Highest total.
    public let maximum: Double
    /// σ² = m2 = Σ(T − M)²/N.
    public let variancePopulation: Double
    /// s² = Σ(T − M)²/(N − 1).
    public let varianceSample: Double?
    /// σ = √m2.
    public let standardDeviationPopulation: Double
    /// s = √s².
    public let standardDeviationSample: Double?
    /// Moment skewness g1 = m3/m2^{3/2}, m_r = Σ(T − M)^r/N (Joanes & Gill 1998, The
    /// Statistician 47, 183–189).
    public let skewness: Double?
    /// Adjusted skewness G1 = g1·√(N(N − 1))/(N − 2), as SPSS and Excel `SKEW` report it
    /// (Joanes & Gill 1998).
    public let skewnessAdjusted: Double?
    /// Moment excess kurtosis g2 = m4/m2² − 3 (Joanes & Gill 1998).
    public let excessKurtosis: Double?
    /// Adjusted excess kurtosis G2 = ((N − 1)/((N − 2)(N − 3)))·((N + 1)g2 + 6), as SPSS and
    /// Excel `KURT` report it (Joanes & Gill 1998).
    public let excessKurtosisAdjusted: Double?
    /// KR-20 = (k/(k − 1))·(1 − Σpq/σ²) (Kuder & Richardson 1937, Psychometrika 2, eq. 20).
    /// For 0/1 items it is Cronbach's α exactly.
    public let kr20: Double?
    /// Cronbach's α = (k/(k − 1))·(1 − Σσ²_i/σ²) (Cronbach 1951, Psychometrika 16, 297–334).
    public let cronbachAlpha: Double?
    /// Feldt's (1965) confidence interval for α.
    public let alphaInterval: FeldtInterval?
    /// KR-21 = (k/(k − 1))·(1 − M(k − M)/(k·σ²)) with the population variance (Kuder &
    /// Richardson 1937, eq. 21): KR-20 with all items assumed equally difficult, a lower bound.
    public let kr21: Double?
    /// KR-21 with the sample variance s².
    public let kr21SampleVariance: Double?
    /// Standard error of measurement SEM = s·√(1 − α), with the **sample** SD (Crocker & Algina
    /// 1986, ch. 6).
    public let standardErrorOfMeasurement: Double?
    /// SEM with the population SD: σ·√(1 − α).
    public let standardErrorOfMeasurementPopulation: Double?
    /// Spearman–Brown reliability of a test twice as long: 2α/(1 + α); see ``SpearmanBrown``
    /// for other factors.
    public let spearmanBrownDoubleLength: Double?
}

extension TestStatistics {
    /// Computes the statistics from the candidates' totals (each in 0...k).
    ///
    /// - Parameters:
    ///   - scaledItemVarianceSum: Σ_i c_i(N − c_i) = N²·Σσ²_i over all items (exact), used
    ///     when `isComplete`.
    init(
        totals: [Int], itemCount k: Int, scaledItemVarianceSum: Int, isComplete: Bool, confidenceLevel: Double
    ) {
        let n = totals.count
        precondition(n > 0, "TestStatistics: no candidates")
        let count = Double(n)
        candidateCount = n
        itemCount = k

        var sum = 0
        var sumSquares = 0
        var scoreCounts = [Int](repeating: 0, count: k + 1)
        for total in totals {
            sum += total
            sumSquares += total * total
            scoreCounts[total] += 1
        }
        let mean = Double(sum) / count
        self.mean = mean
        minimum = Double(scoreCounts.firstIndex { $0 > 0 } ?? 0)
        maximum = Double(scoreCounts.lastIndex { $0 > 0 } ?? 0)
        median = Self.median(scoreCounts: scoreCounts, candidateCount: n)

        // N²σ² = NΣT² − (ΣT)², exact in integers.
        let scaledVariance = n * sumSquares - sum * sum
        let m2 = Double(scaledVariance) / (count * count)
        variancePopulation = m2
        standardDeviationPopulation = m2.squareRoot()
        let sampleVariance: Double? = n > 1 ? Double(scaledVariance) / (count * (count - 1)) : nil
        varianceSample = sampleVariance
        standardDeviationSample = sampleVariance.map { $0.squareRoot() }

        var m3 = 0.0
        var m4 = 0.0
        for (score, frequency) in scoreCounts.enumerated() where frequency > 0 {
            let deviation = Double(score) - mean
            let squared = deviation * deviation
            m3 += Double(frequency) * squared * deviation
            m4 += Double(frequency) * squared * squared
        }
        m3 /= count
        m4 /= count
        let g1: Double? = m2 > 0 ? m3 / (m2 * m2.squareRoot()) : nil
        let g2: Double? = m2 > 0 ? m4 / (m2 * m2) - 3 : nil
        skewness = g1
        excessKurtosis = g2
        skewnessAdjusted = n > 2 ? g1.map { $0 * (count * (count - 1)).squareRoot() / (count - 2) } : nil
        excessKurtosisAdjusted =
            n > 3 ? g2.map { (count - 1) / ((count - 2) * (count - 3)) * ((count + 1) * $0 + 6) } : nil

        // Reliability: complete data, k ≥ 2, varying totals. On N²-scaled variances the scale
        // cancels, so the ratio is computed from exact integers.
        guard isComplete, k >= 2, scaledVariance > 0 else {
            kr20 = nil
            cronbachAlpha = nil
            alphaInterval = nil
            kr21 = nil
            kr21SampleVariance = nil
            standardErrorOfMeasurement = nil
            standardErrorOfMeasurementPopulation = nil
            spearmanBrownDoubleLength = nil
            return
        }
        let items = Double(k)
        let alpha = items / (items - 1) * (1 - Double(scaledItemVarianceSum) / Double(scaledVariance))
        kr20 = alpha
        cronbachAlpha = alpha
        // Varying totals imply N ≥ 2, as the interval needs.
        alphaInterval = FeldtInterval(alpha: alpha, candidateCount: n, itemCount: k, level: confidenceLevel)
        let spread = mean * (items - mean) / items
        kr21 = items / (items - 1) * (1 - spread / m2)
        kr21SampleVariance = sampleVariance.map { items / (items - 1) * (1 - spread / $0) }
        let unreliability = (1 - alpha).squareRoot()
        standardErrorOfMeasurement = standardDeviationSample.map { $0 * unreliability }
        standardErrorOfMeasurementPopulation = standardDeviationPopulation * unreliability
        spearmanBrownDoubleLength = alpha > -1 ? SpearmanBrown.projectedReliability(alpha, lengthFactor: 2) : nil
    }

    /// The median from a histogram of totals: the mean of the totals at ascending ranks
    /// ⌊(N − 1)/2⌋ and ⌊N/2⌋ (zero-based).
    private static func median(scoreCounts: [Int], candidateCount n: Int) -> Double {
        let lowRank = (n - 1) / 2
        let highRank = n / 2
        var seen = 0
        var low: Int?
        for (score, frequency) in scoreCounts.enumerated() where frequency > 0 {
            seen += frequency
            if low == nil, seen > lowRank { low = score }
            if seen > highRank { return (Double(low ?? score) + Double(score)) / 2 }
        }
        preconditionFailure("TestStatistics.median: histogram holds fewer than N totals")
    }
}
