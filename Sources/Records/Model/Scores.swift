/// The numbers a scoring policy produced for an attempt.
public struct Scores: Sendable, Hashable {
    /// The sum of the counted items' scored values.
    public var raw: Double
    /// The largest raw score possible on the items presented.
    public var maximum: Double
    /// 100 · raw / maximum (0 when maximum is 0).
    public var percent: Double
    /// Ability estimate and standard error, when the policy estimates θ.
    public var theta: Double?
    public var standardError: Double?
    /// The score on the reporting scale, when the policy has one.
    public var scaled: Double?
    /// Pass or fail against the cut, when the policy has a cut.
    public var decision: Decision?
    /// Part scores, keyed `block/<block>` or `objective/<objective>`.
    public var subscores: [String: Subscore]
    /// The scoring policy's id and the SHA-256 of its content.
    public var policyID: String?
    public var policyHash: String

    public init(
        raw: Double, maximum: Double, percent: Double, theta: Double? = nil, standardError: Double? = nil,
        scaled: Double? = nil, decision: Decision? = nil, subscores: [String: Subscore] = [:], policyID: String? = nil,
        policyHash: String
    ) {
        self.raw = raw
        self.maximum = maximum
        self.percent = percent
        self.theta = theta
        self.standardError = standardError
        self.scaled = scaled
        self.decision = decision
        self.subscores = subscores
        self.policyID = policyID
        self.policyHash = policyHash
    }
}

/// A raw part score and its maximum.
public struct Subscore: Sendable, Hashable {
    public var raw: Double
    public var maximum: Double

    public init(raw: Double, maximum: Double) {
        self.raw = raw
        self.maximum = maximum
    }
}

/// A pass/fail decision against a cut score.
public enum Decision: String, Sendable, Hashable, CaseIterable {
    case pass, fail
}
