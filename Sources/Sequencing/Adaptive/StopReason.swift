/// The rule that ended an adaptive test, recorded with the attempt.
///
/// A string-backed value rather than a closed enum, so that a custom ``StoppingRule`` can name
/// its own reason; the built-in reasons are the static members.
public struct StopReason: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The standard error of θ̂ reached the threshold (``StandardErrorStop``).
    public static let standardError = StopReason(rawValue: "standard-error")
    /// θ̂ ± z·SE excluded the cut (``ConfidenceIntervalStop``).
    public static let confidenceInterval = StopReason(rawValue: "confidence-interval")
    /// The sequential probability ratio test reached a decision (``SequentialProbabilityRatioStop``).
    public static let sequentialProbabilityRatio = StopReason(rawValue: "sprt")
    /// The maximum number of scored items was given.
    public static let maximumLength = StopReason(rawValue: "maximum-length")
    /// The caller reported that time ran out.
    public static let timeUp = StopReason(rawValue: "time-up")
    /// No item that the constraints allow was left in the pool.
    public static let poolExhausted = StopReason(rawValue: "pool-exhausted")

    public var description: String { rawValue }
}
