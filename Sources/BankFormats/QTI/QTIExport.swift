import AssessCore

/// The result of a QTI export: the files of a QTI 2.1 content package and the problems found.
///
/// Items that cannot be exported are left out, each with an error in ``diagnostics``; the
/// caller decides whether to write a partial package (an all-or-nothing caller writes nothing
/// when ``Diagnostics/hasErrors``).
public struct QTIExport: Sendable, Hashable {
    /// One file of the package: its path inside the package (`items/SAF-SCR-001.xml`, with `/`
    /// separators) and its UTF-8 text — the same value every export writes.
    public typealias File = OutputFile

    /// One file per exported item, in item order, then `imsmanifest.xml`.
    public var files: [File]
    public var diagnostics: Diagnostics

    public init(files: [File], diagnostics: Diagnostics) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
