import AssessCore

/// Chooses the θ an adaptive test starts from, before the first scored response (catsim's
/// `Initializer`).
public protocol ThetaInitializer: Sendable {
    /// The starting θ. `previousAttempt` is the final θ of the candidate's previous attempt,
    /// if the caller has one; `generator` is the session's, for random starts.
    func initialTheta(previousAttempt: Double?, using generator: inout SplitMix64) -> Double
}
