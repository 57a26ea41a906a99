import AssessCore

/// Help and status lines shown at the prompt.
enum SessionHelp {
    static let forward = """

        How to answer: type the letter of your answer and press Enter (several letters, e.g. A,C,
        when the item says select all that apply; a number for a rating statement).
        Commands: ? help · time (time left) · case (show the case again) · pause (save and stop;
        run the same command later to continue) · quit (end the test now).
        This test goes forward only: once answered, an item cannot be changed.

        """

    static let navigable = """

        How to answer: type the letter of your answer and press Enter (several letters, e.g. A,C,
        when the item says select all that apply; a number for a rating statement).
        Commands: ? help · time (time left) · case (show the case again) · skip (come back later) ·
        back (previous item) · flag (mark for review) · review (list every item) · submit (finish,
        after a confirmation) · pause (save and stop; run the same command later to continue).

        """

    /// What the candidate reads when the session stops with the attempt resumable.
    static let paused = "Paused. Every answer so far is saved; run the same command again to continue.\n"

    /// What the candidate reads when an answer arrives after the time limit.
    static let lateAnswer = "Time is up; that answer was not recorded.\n"

    /// Whether a time limit (seconds) is reached after `elapsedMilliseconds`.
    static func isTimeUp(limitSeconds: Int?, elapsedMilliseconds: Int) -> Bool {
        limitSeconds.map { elapsedMilliseconds >= $0 * 1000 } ?? false
    }

    static func timeLine(remaining: Int?, elapsedMilliseconds: Int) -> String {
        let used = ItemScreen.clock(elapsedMilliseconds / 1000)
        guard let remaining else { return "Time used: \(used) (no time limit).\n" }
        return "Time left: \(ItemScreen.clock(remaining)) (used \(used)).\n"
    }

    /// What the prompt gave: a line to act on, or the end of the sitting.
    enum PromptRead {
        case line(String)
        case ended(SessionRun)
    }

    /// Reads one line at an item's prompt, for both session loops. End of input and an
    /// interrupt pause the sitting; a line that arrives after the time limit is not acted on and
    /// ends the test (``SessionOutcome/timeUp``).
    static func read(
        prompt: String, console: inout some LineReader & ScreenWriter, limitSeconds: Int?, elapsed: () -> Int
    ) -> PromptRead {
        switch console.readLine(prompt: prompt) {
        case .endOfInput, .interrupted:
            console.write("\n" + paused)
            return .ended(SessionRun(outcome: .paused, elapsedMilliseconds: elapsed()))
        case .line(let line):
            guard !isTimeUp(limitSeconds: limitSeconds, elapsedMilliseconds: elapsed()) else {
                console.write(lateAnswer)
                return .ended(SessionRun(outcome: .timeUp, elapsedMilliseconds: elapsed()))
            }
            return .line(line)
        }
    }

    /// The `case` command's answer: the vignette again, then the item's stem.
    static func caseText(_ stimulus: Stimulus?, item: Item) -> String {
        guard let stimulus else { return "This item has no case vignette.\n" }
        return "\n" + (stimulus.title.map { "Case: \($0)\n" } ?? "Case\n") + stimulus.text + "\n\n" + item.stem + "\n"
    }
}
