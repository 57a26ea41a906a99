import AssessCore

extension GIFTAnswerParser {
    /// The answers of a choice question, each opened by `=` (right) or `~` (wrong), or nil when
    /// one of them is malformed (every malformed answer is reported).
    mutating func choices(in block: ArraySlice<GIFTCharacter>) -> [GIFTAnswers.Choice]? {
        let markers = block.indices.filter { block[$0].isSyntax("=") || block[$0].isSyntax("~") }
        guard let firstMarker = markers.first else { return nil }
        var isMalformed = false
        let preamble = block[block.startIndex..<firstMarker]
        if let stray = preamble.first(where: { !$0.isWhitespace }) {
            diagnostics.error(
                "an answer must start with '=' (right answer) or '~' (wrong answer), but this text comes before the first one",
                at: stray.location(in: file))
            isMalformed = true
        }
        var choices: [GIFTAnswers.Choice] = []
        for (position, marker) in markers.enumerated() {
            let end = position + 1 < markers.count ? markers[position + 1] : block.endIndex
            if let choice = choice(marker: block[marker], body: block[(marker + 1)..<end]) {
                choices.append(choice)
            } else {
                isMalformed = true
            }
        }
        return isMalformed ? nil : choices
    }

    /// One answer: `=` or `~`, an optional `%weight%`, the text, an optional `#feedback`.
    private mutating func choice(
        marker: GIFTCharacter, body: ArraySlice<GIFTCharacter>
    ) -> GIFTAnswers.Choice? {
        let location = marker.location(in: file)
        var rest = GIFTText.trimmed(body)
        var weight: Double?
        var weightText: String?
        if let percent = rest.first, percent.isSyntax("%") {
            let feedbackStart = rest.firstIndex { $0.isSyntax("#") } ?? rest.endIndex
            let afterPercent = rest.index(after: rest.startIndex)
            guard let close = rest[afterPercent..<feedbackStart].firstIndex(where: { $0.isSyntax("%") }) else {
                diagnostics.error(
                    "the answer weight has no closing '%'; write it like '%50%'", at: percent.location(in: file))
                return nil
            }
            let written = "%" + GIFTText.source(rest[afterPercent..<close]) + "%"
            guard let value = Self.weight(GIFTText.source(rest[afterPercent..<close])) else {
                diagnostics.error(
                    "the answer weight '\(written)' is not a number between -100 and 100", at: percent.location(in: file))
                return nil
            }
            weight = value
            weightText = written
            rest = rest[(close + 1)...]
        }
        let feedbackStart = rest.firstIndex { $0.isSyntax("#") }
        guard let text = text(rest[rest.startIndex..<(feedbackStart ?? rest.endIndex)]) else {
            diagnostics.error("the answer has no text", at: location)
            return nil
        }
        // A `#` inside the feedback is kept as text, as Moodle keeps it.
        var feedback: String?
        if let feedbackStart { feedback = self.text(rest[(feedbackStart + 1)...]) }
        return GIFTAnswers.Choice(
            isMarkedRight: marker.value == "=", weight: weight, weightText: weightText, text: text,
            feedback: feedback, location: location)
    }

    /// The percentage written between the `%` signs (`33.3`, `-100`), or nil if it is not a
    /// decimal number between -100 and 100.
    static func weight(_ written: String) -> Double? {
        var digits = Substring(written.filter { $0 != " " && $0 != "\t" })
        let isNegative = digits.first == "-"
        if isNegative || digits.first == "+" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
            parts.allSatisfy({ part in part.allSatisfy { $0.isASCII && $0.isNumber } }),
            parts.count == 1 || !parts[1].isEmpty,
            let magnitude = Double(digits), magnitude <= 100
        else { return nil }
        return isNegative ? -magnitude : magnitude
    }
}
