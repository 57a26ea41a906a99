import Psychometrics

/// What a selector may look at.
public struct SelectionState: Sendable {
    /// The current θ (the start before the first scored response).
    public var theta: Double
    /// Its standard error (+∞ before the first scored response).
    public var standardError: Double
    /// Scored items answered so far.
    public var answered: Int
    /// The design's maximum number of scored items.
    public var maximumLength: Int
    /// The pool's IRT parameters.
    public var parameters: DichotomousPool

    public init(theta: Double, standardError: Double, answered: Int, maximumLength: Int, parameters: DichotomousPool) {
        self.theta = theta
        self.standardError = standardError
        self.answered = answered
        self.maximumLength = maximumLength
        self.parameters = parameters
    }
}
