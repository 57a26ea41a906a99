/// The significance tests behind the ETS A/B/C rule, which published software reads in
/// different ways.
///
/// Every reading shares the magnitudes: A when |D| < 1, C only when |D| ≥ 1.5, with D the MH
/// D-DIF. They differ in how "D differs from 0" (needed for B or C) and "|D| is greater than 1"
/// (needed for C) are tested.
public enum ETSRule: Sendable, Hashable, CaseIterable {
    /// The ETS rule (Dorans & Holland 1993, pp. 41–43; Zieky 1993; Zwick 2012, ETS RR-12-08):
    /// A if |D| < 1 or the continuity-corrected MH χ² has p ≥ .05; C if |D| ≥ 1.5 and
    /// (|D| − 1)/SE > z_.95 = 1.6448536 (one-sided test of |D| > 1 at .05); B otherwise.
    case standard
    /// Both tests as two-sided z tests at 1.96: A if |D| < 1 or |D|/SE < 1.96; C if |D| ≥ 1.5
    /// and (|D| − 1)/SE > 1.96.
    case zTwoSided
    /// As ``standard`` but with the uncorrected MH χ² for the A test.
    case uncorrectedChiSquare
    /// Paek & Holland (2015, Psychometrika 80): A if |D| < 1 or P(χ²₁ > (D/SE)²) ≥ .05; C if
    /// |D| ≥ 1.5 and P(χ'²₁(λ) > (D/SE)²) < .05 with non-centrality λ = (1/SE)² — the test of
    /// |D| > 1 as an interval null hypothesis.
    case paekHolland2015
    /// Magnitudes only, no significance tests: A if |D| < 1, B if |D| < 1.5, C otherwise.
    case magnitudeOnly
}
