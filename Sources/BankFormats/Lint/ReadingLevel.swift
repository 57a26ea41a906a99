/// Flesch–Kincaid grade level of a text.
///
/// Grade = 0.39 · (words / sentences) + 11.8 · (syllables / words) − 15.59
/// (Kincaid, Fishburne, Rogers & Chissom 1975, Research Branch Report 8-75, Naval Technical
/// Training). Syllables are estimated by counting vowel groups, dropping a final silent "e",
/// with at least one per word — the usual approximation in readability tools.
///
/// Each piece of text (the stem, each option) counts as at least one sentence, because options
/// are usually written without a final full stop.
enum ReadingLevel {
    static func grade(_ pieces: [String]) -> Double? {
        var words = 0
        var syllables = 0
        var sentences = 0
        for piece in pieces {
            var pieceSentences = 0
            var pieceWords = 0
            for token in piece.split(whereSeparator: { $0.isWhitespace }) {
                let letters = token.lowercased().filter(\.isLetter)
                if token.last.map({ ".?!".contains($0) }) == true { pieceSentences += 1 }
                guard !letters.isEmpty else { continue }
                pieceWords += 1
                syllables += syllableCount(letters)
            }
            guard pieceWords > 0 else { continue }
            words += pieceWords
            sentences += max(pieceSentences, 1)
        }
        guard words > 0 else { return nil }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    static func syllableCount(_ word: String) -> Int {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for character in word {
            let isVowel = vowels.contains(character)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if word.hasSuffix("e"), !word.hasSuffix("le"), count > 1 { count -= 1 }
        return max(1, count)
    }
}
