/// A problem found in an input, located precisely enough for an editor to jump to it.
///
/// Rendered like a compiler's message: `file:line:column: error: message`. For CSV input the
/// line is the row number (1-based, header included) and the column the field number.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// A stable rule identifier for warnings that can be selected or silenced (e.g. `duplicate-option`).
    public var rule: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, rule: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.rule = rule
    }

    public static func error(_ message: String, at location: SourceLocation, rule: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, rule: rule)
    }

    public static func warning(_ message: String, at location: SourceLocation, rule: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, rule: rule)
    }

    /// `file:line:column: severity[rule]: message`.
    public var description: String {
        let label = rule.map { "\(severity.rawValue)[\($0)]" } ?? severity.rawValue
        return "\(location): \(label): \(message)"
    }
}

/// A position in an input file; line and column are 1-based (0 when unknown).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        if line == 0 { return file }
        if column == 0 { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
