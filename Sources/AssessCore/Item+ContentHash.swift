import Foundation

extension Item {
    /// The item's version: SHA-256 (hex) over a canonical encoding of what the candidate sees
    /// and what decides the score.
    ///
    /// Covered: type, text format, stem, the stimulus (id, title and text, when given), options
    /// in authored order (id, text, key flag, explicit credit), the scoring rule and the rating
    /// scale. Not covered: id, status, title, rationales, feedback, classification, IRT
    /// parameters, enemies and security — editing those does not change what a response meant.
    /// The encoding is JSON with sorted keys, so it does not depend on property order.
    public func contentHash(stimulus: Stimulus? = nil) -> String {
        let content = HashedContent(
            type: type, textFormat: textFormat, stem: stem,
            stimulus: stimulus.map { HashedStimulus(id: $0.id, title: $0.title, text: $0.text) }
                ?? self.stimulus.map { HashedStimulus(id: $0, title: nil, text: nil) },
            options: options.map { HashedOption(id: $0.id, text: $0.text, isKey: $0.isKey, credit: $0.credit) },
            scoring: scoring, ratingScale: ratingScale)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and enums cannot fail.
        guard let data = try? encoder.encode(content) else {
            preconditionFailure("content of item \(id) could not be encoded")
        }
        return SHA256Hex.digest(of: data)
    }
}

private struct HashedContent: Encodable {
    var type: ItemType
    var textFormat: TextFormat
    var stem: String
    var stimulus: HashedStimulus?
    var options: [HashedOption]
    var scoring: ResponseScoring
    var ratingScale: RatingScale?
}

private struct HashedStimulus: Encodable {
    var id: String
    var title: String?
    var text: String?
}

private struct HashedOption: Encodable {
    var id: String
    var text: String
    var isKey: Bool
    var credit: Double?
}
