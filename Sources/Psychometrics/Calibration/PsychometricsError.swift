/// An expected failure of a psychometric computation: bad input data, with the place it was found.
///
/// Candidate (row) and item positions are zero-based indices into the data the caller passed.
/// Programmer errors (arrays of the wrong length, parameters outside their domain) trap with a
/// `precondition` instead.
public enum PsychometricsError: Error, Sendable, Hashable {
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
