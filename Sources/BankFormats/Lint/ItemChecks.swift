import AssessCore

/// The rules that look at one item at a time.
enum ItemChecks {
    typealias Finding = (rule: String, message: String)

    /// Specific determiners named by HDR guideline 31b and its examples.
    static let absoluteWords: Set<String> = ["always", "never", "only", "completely", "absolutely", "entirely", "none"]
    /// Negatives named by HDR guideline 17 ('least' is left out: "least intrusive" is a term of art).
    static let negativeWords: Set<String> = ["not", "except"]
    /// Words too common to be a clue (function words and the domain's everyday vocabulary).
    static let commonWords: Set<String> = [
        "which", "what", "their", "there", "these", "those", "about", "would", "should", "could", "while", "where",
        "after", "before", "other", "being", "worker", "caseworker", "child", "children", "family", "families",
        "parent", "parents", "agency", "first", "under", "between", "because", "during", "within", "without",
    ]

    static func findings(for item: Item) -> [Finding] {
        guard item.type != .ratingScale else { return [] }
        var findings: [Finding] = []
        let name = "item '\(item.id)'"
        // A true-false stem is a statement to judge, so it need not be a question.
        if item.type != .trueFalse, !endsAsQuestionOrCompletion(item.stem) {
            findings.append(("stem-ending", "\(name): the stem should end with a question (?) or a completion (:, … or a blank)"))
        }
        if let word = unemphasisedNegative(in: item.stem) {
            findings.append(("negative-stem", "\(name): the question says '\(word)'; word it positively or write it in capitals (\(word.uppercased()))"))
        }
        guard item.type != .trueFalse else { return findings }
        for (index, option) in item.options.enumerated() where AllOfTheAbove.matches(option.text) {
            findings.append(("all-none-of-the-above", "\(name): option \(Option.letter(at: min(index, 25))) is \"\(option.text)\"; replace it with a plausible distractor"))
        }
        findings += overlapping(item)
        guard item.type == .singleBestAnswer, let keyIndex = item.options.firstIndex(where: \.isKey), item.options.count > 1 else {
            return findings
        }
        let key = item.options[keyIndex]
        let distractors = item.options.enumerated().filter { $0.offset != keyIndex }.map(\.element)
        let meanLength = Double(distractors.map(\.text.count).reduce(0, +)) / Double(distractors.count)
        if Double(key.text.count) > 1.5 * meanLength {
            findings.append(("key-length", "\(name): the key is \(key.text.count) characters, against a mean of \(Int(meanLength.rounded())) for the distractors"))
        }
        let keyWords = words(key.text)
        let distractorWords = Set(distractors.flatMap { words($0.text) })
        let clues = words(item.stem).filter { $0.count >= 5 && !commonWords.contains($0) && keyWords.contains($0) && !distractorWords.contains($0) }
        if let clue = clues.sorted().first {
            findings.append(("stem-clue", "\(name): '\(clue)' appears in the stem and in the key but in no distractor"))
        }
        let absoluteInDistractors = distractorWords.intersection(absoluteWords)
        if !absoluteInDistractors.isEmpty, keyWords.intersection(absoluteWords).isEmpty {
            findings.append(("absolute-terms", "\(name): distractors say \(absoluteInDistractors.sorted().map { "'\($0)'" }.joined(separator: ", ")) and the key does not"))
        }
        return findings
    }

    static func endsAsQuestionOrCompletion(_ stem: String) -> Bool {
        let trimmed = stem.reversed().drop(while: { $0.isWhitespace || $0 == "*" })
        guard let last = trimmed.first else { return false }
        return "?:…".contains(last) || stem.hasSuffix("...") || stem.contains("___")
    }

    /// The first lower-case negative word in the stem's last sentence (the question itself;
    /// a scenario before it may describe what someone did not do).
    static func unemphasisedNegative(in stem: String) -> String? {
        let sentences = stem.split(whereSeparator: { ".!?\n".contains($0) }).filter { !$0.allSatisfy(\.isWhitespace) }
        guard let question = sentences.last else { return nil }
        // Emphasis is upper case (NOT, EXCEPT), so only words written in lower case count.
        return WordTokens.words(String(question), apostrophes: true, lowercase: false).first { negativeWords.contains($0) || $0.hasSuffix("n't") }
    }

    static func words(_ text: String) -> Set<String> {
        Set(WordTokens.words(text))
    }

    /// Whether `run` occurs as consecutive words inside `words`.
    static func containsRun(_ words: [String], _ run: [String]) -> Bool {
        guard run.count <= words.count else { return false }
        for start in 0...(words.count - run.count) where words[start] == run[0] {
            if words[start..<(start + run.count)].elementsEqual(run) { return true }
        }
        return false
    }

    /// Options whose normalised text equals or contains another option's (at least two words).
    static func overlapping(_ item: Item) -> [Finding] {
        let tokens = item.options.map { WordTokens.words($0.text, digits: true) }
        let texts = tokens.map { $0.joined(separator: " ") }
        for i in texts.indices {
            for j in texts.indices where i != j && !texts[i].isEmpty && !texts[j].isEmpty {
                let contained = tokens[j].count >= 2 && tokens[j].count < tokens[i].count && containsRun(tokens[i], tokens[j])
                if texts[i] == texts[j] && i < j || contained && texts[i] != texts[j] {
                    let first = Option.letter(at: min(i, 25)), second = Option.letter(at: min(j, 25))
                    let message = texts[i] == texts[j]
                        ? "item '\(item.id)': options \(first) and \(second) say the same thing"
                        : "item '\(item.id)': option \(first) contains option \(second)"
                    return [("overlapping-options", message)]
                }
            }
        }
        return []
    }
}
