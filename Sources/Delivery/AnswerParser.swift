import AssessCore

/// Turns a line typed at the prompt into a ``CandidateInput`` for the item on screen.
///
/// Case-insensitive; surrounding spaces are ignored. A single-answer item takes one letter; a
/// multiple-response item takes letters written `A,C`, `A C` or `AC`; a rating statement takes
/// a number 1…k. Anything else is `.invalid` with a reason the candidate can act on — it never
/// counts as an answer.
public struct AnswerParser: Sendable {
    public var type: ItemType
    /// Number of options shown (choice items) or points on the scale (rating items).
    public var choiceCount: Int

    public init(type: ItemType, choiceCount: Int) {
        self.type = type
        self.choiceCount = choiceCount
    }

    public func parse(_ line: String) -> CandidateInput {
        let text = line.trimmingWhitespace.lowercased()
        if text.isEmpty { return .invalid(emptyReason) }
        if let command = SessionCommand.spellings[text] { return .command(command) }
        switch type {
        case .ratingScale:
            guard let value = Int(text), (1...choiceCount).contains(value) else {
                return .invalid("Type a number from 1 to \(choiceCount), or ? for help.")
            }
            return .rating(value)
        case .singleBestAnswer, .trueFalse:
            guard text.count == 1, let index = letterIndex(text.first) else {
                return .invalid("Type one letter from A to \(lastLetter), or ? for help.")
            }
            return .choices([index])
        case .multipleResponse:
            var indices = Set<Int>()
            for character in text where character != "," && character != " " && character != ";" {
                guard let index = letterIndex(character) else {
                    return .invalid("Type the letters of every answer that applies (for example A,C), from A to \(lastLetter).")
                }
                guard indices.insert(index).inserted else {
                    return .invalid("Each letter once, please: \(Option.letter(at: index)) appears twice.")
                }
            }
            return .choices(indices)
        }
    }

    private var lastLetter: String { Option.letter(at: max(0, choiceCount - 1)) }

    private var emptyReason: String {
        switch type {
        case .ratingScale: "Type a number from 1 to \(choiceCount), or ? for help."
        case .multipleResponse: "Type the letters of every answer that applies (for example A,C), or ? for help."
        default: "Type one letter from A to \(lastLetter), or ? for help."
        }
    }

    private func letterIndex(_ character: Character?) -> Int? {
        guard let character, let index = Option.index(ofLetter: String(character)), index < choiceCount else { return nil }
        return index
    }
}

extension String {
    var trimmingWhitespace: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
