import AssessCore

/// The result of a QTI export: the files of a QTI 2.1 content package and the problems found.
///
/// Items that cannot be exported are left out, each with an error in ``diagnostics``; the
/// caller decides whether to write a partial package (an all-or-nothing caller writes nothing
/// when ``Diagnostics/hasErrors``).
public struct QTIExport: Sendable, Hashable {
    /// One file of the package: where it goes, relative to the package folder, and its text.
    public struct File: Sendable, Hashable {
        /// The path inside the package, with `/` separators (`items/SAF-SCR-001.xml`).
        public var path: String
        /// The file's UTF-8 text.
        public var contents: String

        public init(path: String, contents: String) {
            self.path = path
            self.contents = contents
        }
    }

    /// One file per exported item, in item order, then `imsmanifest.xml`.
    public var files: [File]
    public var diagnostics: Diagnostics

    public init(files: [File], diagnostics: Diagnostics) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
