import Psychometrics

/// What a stopping rule may look at.
public struct StoppingState: Sendable {
    /// The current θ̂ and its standard error.
    public var theta: Double
    public var standardError: Double
    /// The scored items answered, as pool positions, and their responses (true = correct).
    public var administered: [Int]
    public var responses: [Bool]
    /// The pool's IRT parameters.
    public var parameters: DichotomousPool
    /// The design's cut on the θ scale, if any.
    public var cut: Double?

    public init(
        theta: Double, standardError: Double, administered: [Int], responses: [Bool], parameters: DichotomousPool,
        cut: Double?
    ) {
        self.theta = theta
        self.standardError = standardError
        self.administered = administered
        self.responses = responses
        self.parameters = parameters
        self.cut = cut
    }
}
