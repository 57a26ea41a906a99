/// What a test is for. The purpose decides which rules the validator holds a spec to.
public enum TestPurpose: String, Sendable, Hashable, Codable, CaseIterable {
    /// Taken before a training module, as the baseline for its post-test.
    case modulePre = "module-pre"
    /// Taken after a training module: mastery of its objectives.
    case modulePost = "module-post"
    /// The secure written certification test: a defensible pass/fail decision; keys, rationales
    /// and item parameters are never shown to the candidate, during or after.
    case certification
    /// A rating-scale self-assessment: a development-needs profile, not a score.
    case selfAssessment = "self-assessment"
    /// Practice at will, with feedback; never counts towards a decision.
    case practice
}
