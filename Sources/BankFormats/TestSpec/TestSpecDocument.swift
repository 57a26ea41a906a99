import AssessCore

/// What ``TestSpecReader`` made of one spec file: the spec (when its required parts could be
/// read), where each part was written, and every problem found.
public struct TestSpecDocument: Sendable {
    /// The file, as given by the user (used in diagnostics).
    public var file: String
    /// The spec; nil when a required part is missing or unreadable (the diagnostics say which).
    public var spec: TestSpec?
    /// Where each part of the spec was written.
    public var locations: TestSpecLocations
    /// Every problem found while reading.
    public var diagnostics: Diagnostics

    public init(file: String, spec: TestSpec? = nil, locations: TestSpecLocations? = nil, diagnostics: Diagnostics = Diagnostics()) {
        self.file = file
        self.spec = spec
        self.locations = locations ?? TestSpecLocations(file: file)
        self.diagnostics = diagnostics
    }
}
