/// An expected failure of a psychometric computation: bad input data, with the place it was found.
///
/// Candidate and item positions are zero-based indices into the matrices the caller passed.
/// Programmer errors (arrays of the wrong length, parameters out of their domain) trap with a
/// `precondition` instead.
public enum PsychometricsError: Error, Sendable, Hashable {
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
}
