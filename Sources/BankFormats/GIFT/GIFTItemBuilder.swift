import AssessCore

/// Maps a read GIFT question onto the engine's item model.
///
/// - One `=` among `~` answers: a single-best-answer item (weights are kept as option credits but
///   not used, as such an item is scored all-or-nothing — a warning says so).
/// - No `=`, weighted `~%n%` answers: a multiple-response item scored per option; an answer's
///   credit is its weight / 100 (0 without a weight) and it is a key when its weight is positive.
/// - Several `=` among `~` answers: a multiple-response item scored all-or-nothing, with a
///   warning, since Moodle would accept any one of them.
/// - True/false: options "True" (A) and "False" (B); Moodle's first feedback goes to the wrong
///   option and the second to the right one.
struct GIFTItemBuilder {
    /// The file name used in diagnostics.
    let file: String
    /// Problems found so far.
    private(set) var diagnostics = Diagnostics()

    init(file: String) {
        self.file = file
    }

    /// The item for `question`, or nil if its answers cannot make one (reported). The id is left
    /// empty for the reader to assign.
    mutating func item(for question: GIFTQuestion, answers: GIFTAnswers, tags: [String]) -> Item? {
        guard let block = question.answerBlock else { return nil }
        if question.stem.isEmpty {
            diagnostics.error("the question has no text before or after its answer block", at: block.open)
            return nil
        }
        var item = Item(
            id: "", type: .singleBestAnswer, title: question.title, stem: question.stem, textFormat: question.format,
            classification: Classification(tags: tags))
        switch answers {
        case .trueFalse(let statement, let generalFeedback):
            item.type = .trueFalse
            item.shuffle = false
            item.generalFeedback = generalFeedback
            item.options = [
                Option(
                    id: "A", text: "True",
                    rationale: statement.isTrue ? statement.rightAnswerFeedback : statement.wrongAnswerFeedback,
                    isKey: statement.isTrue),
                Option(
                    id: "B", text: "False",
                    rationale: statement.isTrue ? statement.wrongAnswerFeedback : statement.rightAnswerFeedback,
                    isKey: !statement.isTrue),
            ]
        case .choices(let choices, let generalFeedback):
            guard let keyed = keyedOptions(choices, at: block.open) else { return nil }
            item.type = keyed.type
            item.scoring = keyed.scoring
            item.options = keyed.options
            item.generalFeedback = generalFeedback
        case .unsupported, .malformed:
            return nil
        }
        return item
    }

    /// The options, type and scoring that `choices` make, or nil if they make no valid item.
    private mutating func keyedOptions(
        _ choices: [GIFTAnswers.Choice], at open: SourceLocation
    ) -> (type: ItemType, scoring: ResponseScoring, options: [Option])? {
        guard choices.count >= 2 else {
            diagnostics.error("a multiple-choice question needs at least two answers, but this one has \(choices.count)", at: open)
            return nil
        }
        guard choices.count <= 26 else {
            diagnostics.error(
                "a question can have at most 26 answers (A to Z), but this one has \(choices.count)", at: open)
            return nil
        }
        let rightCount = choices.count(where: \.isMarkedRight)
        if rightCount == 0 { return weightedOptions(choices, at: open) }
        if rightCount > 1 {
            diagnostics.warning(
                "\(rightCount) answers are marked right with '='; imported as multiple response, where the candidate must select all of them (Moodle accepts any one)",
                at: open, rule: "several-right-answers")
        }
        for choice in choices {
            let isFullOrNone = choice.isMarkedRight ? choice.weight == 100 : choice.weight == 0
            if let weightText = choice.weightText, !isFullOrNone {
                diagnostics.warning(
                    "the weight '\(weightText)' is not used: this item is scored all-or-nothing", at: choice.location,
                    rule: "unused-weight")
            }
        }
        let options = choices.enumerated().map { index, choice in
            Option(
                id: Option.letter(at: index), text: choice.text, rationale: choice.feedback, isKey: choice.isMarkedRight,
                credit: choice.weight.map(Self.credit))
        }
        return (rightCount == 1 ? .singleBestAnswer : .multipleResponse, .allOrNothing, options)
    }

    /// The options of a multiple-response question written with `~%n%` weights only.
    private mutating func weightedOptions(
        _ choices: [GIFTAnswers.Choice], at open: SourceLocation
    ) -> (type: ItemType, scoring: ResponseScoring, options: [Option])? {
        let positiveTotal = choices.compactMap(\.weight).filter { $0 > 0 }.reduce(0, +)
        guard positiveTotal > 0 else {
            diagnostics.error(
                "no answer is right: mark the right answer with '=', or give each right answer a positive weight such as '~%50%'",
                at: open)
            return nil
        }
        // Weights such as 3 × 33.33333 are meant as 100.
        if abs(positiveTotal - 100) > 0.01 {
            diagnostics.warning(
                "the positive answer weights add up to \(Self.percent(positiveTotal)), not 100%", at: open,
                rule: "weight-sum")
        }
        let options = choices.enumerated().map { index, choice in
            let weight = choice.weight ?? 0
            return Option(
                id: Option.letter(at: index), text: choice.text, rationale: choice.feedback, isKey: weight > 0,
                credit: Self.credit(weight))
        }
        return (.multipleResponse, .perOption, options)
    }

    /// The credit a weight in percent stands for, rounded to 10 decimals so that `%33.33333%`
    /// gives 0.3333333 rather than a binary-rounding neighbour of it.
    static func credit(_ weight: Double) -> Double {
        (weight / 100 * 1e10).rounded() / 1e10
    }

    /// A percentage for a message: `80%`, `99.5%`.
    private static func percent(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? "\(Int(rounded))%" : "\(rounded)%"
    }
}
