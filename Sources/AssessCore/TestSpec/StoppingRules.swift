/// When an adaptive test ends.
///
/// Lengths count scored items only. The test stops:
/// 1. at ``maximumItems``, whatever else holds — the decision is then taken on the final θ
///    (pass only if θ̂ is at or above the cut);
/// 2. after at least ``minimumItems``, when the enabled rules are met — any one of them
///    (``Combination/any``) or all of them (``Combination/all``);
/// 3. when the time limit runs out, by the spec's ``TimeOutRule``.
///
/// The rule that stopped the test is recorded with the attempt.
public struct StoppingRules: Sendable, Hashable, Codable {
    /// How the enabled rules combine once the minimum length is reached.
    public enum Combination: String, Sendable, Hashable, Codable, CaseIterable {
        /// Stop as soon as one enabled rule is met.
        case any
        /// Stop only when every enabled rule is met.
        case all
    }

    /// The fewest scored items a test may end with (time-out aside).
    public var minimumItems: Int
    /// The most scored items a test may hold.
    public var maximumItems: Int
    /// Stop when the standard error of θ̂ is at or below this value; nil disables the rule.
    public var standardError: Double?
    /// Stop when a confidence interval around θ̂ excludes the cut θ; nil disables the rule.
    public var classification: ConfidenceClassification?
    /// Stop when Wald's sequential probability ratio test decides; nil disables the rule.
    public var sequentialProbabilityRatio: SequentialProbabilityRatioTest?
    /// How the enabled rules combine.
    public var combination: Combination

    public init(
        minimumItems: Int, maximumItems: Int, standardError: Double? = nil,
        classification: ConfidenceClassification? = nil, sequentialProbabilityRatio: SequentialProbabilityRatioTest? = nil,
        combination: Combination = .any
    ) {
        self.minimumItems = minimumItems
        self.maximumItems = maximumItems
        self.standardError = standardError
        self.classification = classification
        self.sequentialProbabilityRatio = sequentialProbabilityRatio
        self.combination = combination
    }

    /// Whether any rule besides the lengths is enabled.
    public var hasRules: Bool { standardError != nil || classification != nil || sequentialProbabilityRatio != nil }
}
