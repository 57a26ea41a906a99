/// The expected failures of the psychometrics layer, each carrying the values that caused it.
///
/// Candidate and item positions are zero-based indices into the matrices the caller passed.
/// Programmer errors (mismatched array lengths, an index outside the pool, invalid item
/// parameters) trap with a `precondition` instead; these cases are the outcomes a correct
/// caller must be ready to handle.
public enum PsychometricsError: Error, Sendable, Hashable {
    // Classical analysis and DIF

    /// A score cell holds a value other than 0, 1 or ``ScoreMatrix/notAdministered``.
    case invalidScore(candidate: Int, item: Int, value: UInt8)
    /// A selected-option cell is neither an option of the item, ``ResponseMatrix/omitted`` nor
    /// ``ResponseMatrix/notAdministered``.
    case invalidChoice(candidate: Int, item: Int, value: Int8, optionCount: Int)
    /// An item's key is not one of its options.
    case invalidKey(item: Int, key: Int8, optionCount: Int)
    /// An analysis was asked for on a matrix without candidates.
    case noCandidates
    /// A DIF analysis found no candidate in one of the two groups it compares.
    case emptyGroup(DIFGroup)

    // IRT scoring and estimation

    /// A raw score lies outside the open range of the test characteristic curve, so no finite θ
    /// has that expected score: the curve only approaches the sum of the lower asymptotes
    /// (`lowest`) and the sum of the upper asymptotes (`highest`) as θ → ∓∞.
    case scoreOutsideTestCharacteristicCurve(score: Double, lowest: Double, highest: Double)
    /// A raw score lies inside the range of the test characteristic curve but so close to an
    /// asymptote that the θ reaching it is beyond ±`limit`, where the curve is flat in double
    /// precision.
    case scoreBeyondThetaLimit(score: Double, limit: Double)
    /// A likelihood-based estimator (MLE, WLE) was asked for θ on an empty response pattern,
    /// where the likelihood is constant and no estimate exists.
    case noResponses(method: AbilityEstimationMethod)

    // Calibration

    /// A cell of a score matrix holds a value other than 0, 1 or "not administered".
    case invalidResponse(candidate: Int, item: Int, value: Int)
    /// A sparse response names an item outside `0..<itemCount`.
    case itemOutOfRange(candidate: Int, item: Int, itemCount: Int)
    /// A candidate has two responses to the same item.
    case duplicateResponse(candidate: Int, item: Int)
    /// A row (response pattern) has a frequency that is not a finite number ≥ 0.
    case invalidFrequency(row: Int, value: Double)
    /// An item cannot be calibrated: nobody was given it, or everybody who was given it
    /// answered it the same way, so its maximum-likelihood difficulty is infinite.
    ///
    /// `administered` and `correct` are frequency-weighted counts.
    case itemWithoutVariation(item: Int, administered: Double, correct: Double)
}
