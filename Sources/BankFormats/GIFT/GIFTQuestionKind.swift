import AssessCore

/// The GIFT question types the engine does not import, named as the diagnostics name them.
enum GIFTQuestionKind: String, Sendable, CaseIterable {
    /// `{=a -> 1 =b -> 2}`: pairs to match.
    case matching
    /// `{#1822:5}`: a number, with a tolerance or a range.
    case numerical
    /// `{=nobody =no one}` or `{One}`: typed words, every answer right.
    case shortAnswer = "short answer"
    /// `{}`: a free-text answer marked by hand.
    case essay
    /// Text without an answer block: shown, never answered.
    case description

    /// The error reported for a question of this type, located at the question's start.
    func unsupportedDiagnostic(at location: SourceLocation) -> Diagnostic {
        .error(
            "this question type is not supported (\(rawValue)); not imported", at: location,
            rule: "unsupported-question-type")
    }
}
