/// Mantel–Haenszel DIF statistics of one item: the common odds ratio across matching-score
/// strata, its ETS delta-metric form MH D-DIF, their standard error and the MH χ² test.
///
/// Candidates are stratified on a matching score, by default the total number-correct score
/// **including the studied item** (Holland & Thayer 1988; Dorans & Holland 1993), one stratum
/// per observed score. Only candidates in one of the two groups and given the item enter.
/// Strata with T < 2 are left out (see ``MantelHaenszelStratum/isUsed``).
///
/// **Undefined values are nil, never NaN**: α_MH needs ΣAD/T > 0 and ΣBC/T > 0 (otherwise it
/// is 0 or ∞), and the χ² needs ΣVar(A) > 0.
public struct MantelHaenszel: Sendable, Hashable {
    /// The studied item's zero-based column.
    public let item: Int
    /// One stratum per observed matching score, ascending, the unused ones included.
    public let strata: [MantelHaenszelStratum]
    /// α_MH = Σ(A·D/T) / Σ(B·C/T) (Mantel & Haenszel 1959, JNCI 22, 719–748); > 1 means the item
    /// favours the reference group.
    public let commonOddsRatio: Double?
    /// ln α_MH.
    public let logCommonOddsRatio: Double?
    /// Var(ln α_MH) = ΣPR/(2R₊²) + Σ(PS + QR)/(2R₊S₊) + ΣQS/(2S₊²), with P = (A + D)/T,
    /// Q = (B + C)/T, R = AD/T, S = BC/T, R₊ = ΣR, S₊ = ΣS (Robins, Breslow & Greenland 1986,
    /// Biometrics 42, 311–323; Phillips & Holland 1987, Biometrics 43, 425–431).
    public let logOddsRatioVariance: Double?
    /// MH D-DIF = −2.35·ln α_MH, on the ETS delta scale (Holland & Thayer 1988); negative when
    /// the item is harder for the focal group.
    public let deltaDIF: Double?
    /// SE(MH D-DIF) = 2.35·√Var(ln α_MH).
    public let deltaDIFStandardError: Double?
    /// ΣA over the used strata.
    public let sumReferenceCorrect: Int
    /// ΣE(A), E(A) = n_R·m_1/T (n_R = A + B, m_1 = A + C).
    public let sumExpectedReferenceCorrect: Double
    /// ΣVar(A), Var(A) = n_R·n_F·m_1·m_0/(T²(T − 1)) (n_F = C + D, m_0 = B + D).
    public let sumReferenceCorrectVariance: Double
    /// MH χ² with continuity correction: (max(|ΣA − ΣE(A)| − ½, 0))²/ΣVar(A), one degree of
    /// freedom (Mantel & Haenszel 1959; Holland & Thayer 1988).
    public let chiSquareCorrected: Double?
    /// P(χ²₁ > ``chiSquareCorrected``).
    public let chiSquareCorrectedPValue: Double?
    /// MH χ² without continuity correction: (ΣA − ΣE(A))²/ΣVar(A).
    public let chiSquare: Double?
    /// P(χ²₁ > ``chiSquare``).
    public let chiSquarePValue: Double?
    /// z = MH D-DIF / SE.
    public let z: Double?
    /// Two-sided p of z: 2·(1 − Φ(|z|)).
    public let zPValue: Double?
    /// (|MH D-DIF| − 1)/SE: the z test of |D| > 1 behind category C.
    public let zExceedingOne: Double?

    /// The ETS category of the item under a reading of the rule; nil when MH D-DIF is undefined.
    ///
    /// With the ``ETSRule/standard`` rule: A if |D| < 1 or the continuity-corrected χ² has
    /// p ≥ .05; C if |D| ≥ 1.5 and (|D| − 1)/SE > 1.6448536; B otherwise.
    public func classification(rule: ETSRule = .standard) -> ETSClassification? {
        guard let d = deltaDIF, let se = deltaDIFStandardError, let pCorrected = chiSquareCorrectedPValue,
            let pUncorrected = chiSquarePValue
        else { return nil }
        let size = abs(d)
        let oneSided95 = 1.6448536269514722  // Φ⁻¹(0.95)
        let twoSided95 = 1.959963984540054  // Φ⁻¹(0.975)
        let differsFromZero: Bool
        let exceedsOne: Bool
        switch rule {
        case .standard:
            differsFromZero = pCorrected < 0.05
            exceedsOne = (size - 1) / se > oneSided95
        case .zTwoSided:
            differsFromZero = size / se >= twoSided95
            exceedsOne = (size - 1) / se > twoSided95
        case .uncorrectedChiSquare:
            differsFromZero = pUncorrected < 0.05
            exceedsOne = (size - 1) / se > oneSided95
        case .paekHolland2015:
            let statistic = (d / se) * (d / se)
            differsFromZero = ChiSquare.survivalOneDegree(statistic) < 0.05
            exceedsOne = ChiSquare.noncentralSurvivalOneDegree(statistic, noncentrality: 1 / (se * se)) < 0.05
        case .magnitudeOnly:
            differsFromZero = true
            exceedsOne = true
        }
        let category: ETSCategory =
            if size < 1 || !differsFromZero { .a } else if size >= 1.5 && exceedsOne { .c } else { .b }
        return ETSClassification(category: category, favoredGroup: d < 0 ? .reference : .focal)
    }
}
