/// The 2 × 2 table of one matching-score stratum in a Mantel–Haenszel DIF analysis.
///
/// |            | correct | incorrect |
/// |------------|---------|-----------|
/// | reference  | A       | B         |
/// | focal      | C       | D         |
///
/// (Holland & Thayer 1988.) T = A + B + C + D.
public struct MantelHaenszelStratum: Sendable, Hashable {
    /// The matching score of the stratum.
    public let score: Int
    /// A: reference candidates who answered correctly.
    public let referenceCorrect: Int
    /// B: reference candidates who answered incorrectly.
    public let referenceIncorrect: Int
    /// C: focal candidates who answered correctly.
    public let focalCorrect: Int
    /// D: focal candidates who answered incorrectly.
    public let focalIncorrect: Int

    public init(score: Int, referenceCorrect: Int, referenceIncorrect: Int, focalCorrect: Int, focalIncorrect: Int) {
        self.score = score
        self.referenceCorrect = referenceCorrect
        self.referenceIncorrect = referenceIncorrect
        self.focalCorrect = focalCorrect
        self.focalIncorrect = focalIncorrect
    }

    /// T: all candidates in the stratum.
    public var total: Int { referenceCorrect + referenceIncorrect + focalCorrect + focalIncorrect }

    /// Whether the stratum enters the statistics: T ≥ 2. A stratum of one candidate adds
    /// nothing to α_MH and makes Var(A) = n_R n_F m_1 m_0 / (T²(T − 1)) divide by zero.
    ///
    /// A stratum holding only one group is used: it adds the same amount to ΣA and ΣE(A) (E(A)
    /// = A when n_F = 0) and zero to every other sum, so it changes no statistic.
    public var isUsed: Bool { total >= 2 }
}
