import AssessCore

/// A GIFT question as written: its title, its stem, and its answer block still to be read.
struct GIFTQuestion: Sendable {
    /// Where the question starts (its `::title::`, or else its first character).
    var start: SourceLocation
    /// The `::title::`, if there is one.
    var title: String?
    /// The format named by the stem's marker (`[html]`…), or `.moodle`, as in Moodle.
    var format: TextFormat
    /// The stem, with an embedded answer block replaced by `_____`.
    var stem: String
    /// The answer block; nil for a description (text without an answer block).
    var answerBlock: AnswerBlock?

    /// The characters between `{` and `}`.
    struct AnswerBlock: Sendable {
        /// Where the `{` is.
        var open: SourceLocation
        /// What the block holds, without its braces.
        var characters: ArraySlice<GIFTCharacter>
    }
}
