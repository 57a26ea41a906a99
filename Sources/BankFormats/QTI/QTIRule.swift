/// The rule identifiers of QTI diagnostics, so that a caller can select or silence them.
public enum QTIRule {
    // XML
    public static let malformedXML = "malformed-xml"
    public static let unsupportedDoctype = "unsupported-doctype"

    // Items
    public static let unknownNamespace = "unknown-namespace"
    public static let notAnItem = "not-an-item"
    public static let missingAttribute = "missing-attribute"
    public static let invalidAttribute = "invalid-attribute"
    public static let missingElement = "missing-element"
    public static let missingInteraction = "missing-interaction"
    public static let unsupportedInteraction = "unsupported-interaction"
    public static let multipleInteractions = "multiple-interactions"
    public static let missingCorrectResponse = "missing-correct-response"
    public static let unknownChoice = "unknown-choice"
    public static let duplicateChoice = "duplicate-choice"
    public static let tooManyKeys = "too-many-keys"
    public static let emptyText = "empty-text"
    public static let unsupportedResponseProcessing = "unsupported-response-processing"
    public static let unsupportedMathML = "unsupported-mathml"
    /// Warning: an image or other media is imported as its text description.
    public static let mediaAsText = "media-as-text"
    /// Warning: content with no place in the item model (scorer rubrics, conditional feedback).
    public static let ignoredContent = "ignored-content"
    /// Warning: a mapping gives credits outside [−1, 1] of the item's maximum score.
    public static let creditClamped = "credit-clamped"
    /// Warning: a single-answer item scored by its mapping is imported all-or-nothing.
    public static let partialCreditIgnored = "partial-credit-ignored"

    // Packages
    public static let missingManifest = "missing-manifest"
    public static let notAManifest = "not-a-manifest"
    public static let missingFile = "missing-file"
    public static let outsidePackage = "outside-package"

    // Export
    public static let notExportable = "not-exportable"
    public static let duplicateItem = "duplicate-item"
    public static let invalidIdentifier = "invalid-identifier"
    public static let invalidCharacter = "invalid-character"
    /// Warning: markdown, HTML or Moodle markup is exported as literal text.
    public static let markupAsText = "markup-as-text"
}
