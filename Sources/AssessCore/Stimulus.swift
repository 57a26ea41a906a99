/// Shared material, such as a case vignette, that several items refer to and that is
/// delivered once before them.
public struct Stimulus: Sendable, Hashable, Codable {
    /// Stable identifier referenced by items' `stimulus` field.
    public var id: String
    /// Heading shown above the text.
    public var title: String?
    /// The material itself.
    public var text: String
    /// How `text` is marked up.
    public var textFormat: TextFormat

    public init(id: String, title: String? = nil, text: String, textFormat: TextFormat = .plain) {
        self.id = id
        self.title = title
        self.text = text
        self.textFormat = textFormat
    }
}
