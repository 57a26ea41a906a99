import AssessCore

/// What a question's answer block says, once read.
enum GIFTAnswers: Sendable {
    /// `{=right ~wrong}` or `{~%50%a ~%50%b ~%-100%c}`: choices.
    case choices([Choice], generalFeedback: String?)
    /// `{T}`, `{FALSE#…#…}`: a true/false statement.
    case trueFalse(TrueFalse, generalFeedback: String?)
    /// A question type the engine does not import.
    case unsupported(GIFTQuestionKind)
    /// A malformed block, already reported.
    case malformed

    /// One answer of a choice question.
    struct Choice: Sendable {
        /// Whether the answer was written with `=` (right) rather than `~`.
        var isMarkedRight: Bool
        /// The weight in percent (`%50%` is 50), if one was written.
        var weight: Double?
        /// The weight as written (`%33.3%`), for messages.
        var weightText: String?
        var text: String
        /// The answer's feedback (`#…`).
        var feedback: String?
        /// Where the `=` or `~` is.
        var location: SourceLocation
    }

    /// A true/false statement and its two feedbacks.
    struct TrueFalse: Sendable {
        /// Whether the statement is true.
        var isTrue: Bool
        /// The first feedback, which Moodle shows to a candidate who answers wrongly.
        var wrongAnswerFeedback: String?
        /// The second feedback, which Moodle shows to a candidate who answers rightly.
        var rightAnswerFeedback: String?
    }
}
