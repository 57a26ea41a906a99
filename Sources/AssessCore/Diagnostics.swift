/// An ordered list of diagnostics collected in one run, so that every problem is reported at
/// once rather than the first one alone.
public struct Diagnostics: Sendable, Hashable {
    public private(set) var all: [Diagnostic] = []

    public init(_ all: [Diagnostic] = []) { self.all = all }

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf other: Diagnostics) { all.append(contentsOf: other.all) }
    public mutating func error(_ message: String, at location: SourceLocation, rule: String? = nil) {
        all.append(.error(message, at: location, rule: rule))
    }
    public mutating func warning(_ message: String, at location: SourceLocation, rule: String? = nil) {
        all.append(.warning(message, at: location, rule: rule))
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The diagnostics sorted by file, line and column (stable for equal locations).
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
    }
}
