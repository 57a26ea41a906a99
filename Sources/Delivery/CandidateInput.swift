/// What a line typed at the item prompt means.
public enum CandidateInput: Sendable, Hashable {
    /// Selected options, by their displayed letters' positions in the shown order (0 = A).
    case choices(Set<Int>)
    /// A rating 1…k on a rating-scale statement.
    case rating(Int)
    /// A command such as `?`, `time` or `pause`.
    case command(SessionCommand)
    /// Not an answer: the reason is shown and the prompt repeats; nothing is recorded.
    case invalid(String)
}

/// Commands a candidate can type at the prompt.
public enum SessionCommand: String, Sendable, Hashable, CaseIterable {
    case help = "?"
    case time
    case showCase = "case"
    case pause
    case quit
    case skip
    case back
    case flag
    case review
    case submit

    /// Words accepted for each command (case-insensitive).
    static let spellings: [String: SessionCommand] = [
        "?": .help, "help": .help, "time": .time, "case": .showCase, "vignette": .showCase, "pause": .pause,
        "quit": .quit, "exit": .quit, "skip": .skip, "back": .back, "flag": .flag, "review": .review, "submit": .submit,
    ]
}
