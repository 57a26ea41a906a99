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
            let counts = count(piece)
            guard counts.words > 0 else { continue }
            words += counts.words
            syllables += counts.syllables
            sentences += max(counts.sentences, 1)
        }
        guard words > 0 else { return nil }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// Words, syllables and sentence ends of one piece, in one pass over its UTF-8 bytes (the
    /// linter runs this on every item, so it avoids building strings). Letters are ASCII letters
    /// and any non-ASCII byte (so accented words count as words).
    static func count(_ text: String) -> (words: Int, syllables: Int, sentences: Int) {
        var words = 0, syllables = 0, sentences = 0
        var letters = 0, vowelGroups = 0
        var previousWasVowel = false
        var last: UInt8 = 0, beforeLast: UInt8 = 0
        var lastNonSpace: UInt8 = 0
        func endToken() {
            if letters > 0 {
                words += 1
                var count = vowelGroups
                // A final silent "e" ("make") is no syllable, but "-le" ("table") is.
                if last == UInt8(ascii: "e"), beforeLast != UInt8(ascii: "l"), count > 1 { count -= 1 }
                syllables += max(1, count)
            }
            if lastNonSpace == UInt8(ascii: ".") || lastNonSpace == UInt8(ascii: "?") || lastNonSpace == UInt8(ascii: "!") { sentences += 1 }
            letters = 0
            vowelGroups = 0
            previousWasVowel = false
            last = 0
            beforeLast = 0
            lastNonSpace = 0
        }
        for byte in text.utf8 {
            if byte == 32 || byte == 10 || byte == 9 || byte == 13 {
                endToken()
                continue
            }
            lastNonSpace = byte
            let lower = byte | 0x20
            let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 0x80
            guard isLetter else { continue }
            letters += 1
            let isVowel = byte < 0x80 && (lower == 97 || lower == 101 || lower == 105 || lower == 111 || lower == 117 || lower == 121)
            if isVowel && !previousWasVowel { vowelGroups += 1 }
            previousWasVowel = isVowel
            beforeLast = last
            last = byte < 0x80 ? lower : byte
        }
        endToken()
        return (words, syllables, sentences)
    }

    static func syllableCount(_ word: String) -> Int {
        count(word).syllables
    }
}
