/// Checks of values before they are written: what SQLite or the audit encoding cannot hold
/// faithfully is refused with a clear error instead of being silently altered.
enum Validation {
    /// Text may hold anything but NUL: SQLite's C interface would cut the text at a NUL
    /// character, which would store something other than what was given.
    static func text(_ value: String?, _ field: String) throws(RecordsError) {
        if let value, value.utf8.contains(0) {
            throw .invalidValue(field: field, reason: "contains a NUL character, which cannot be stored")
        }
    }

    /// Non-empty text without NUL.
    static func required(_ value: String, _ field: String) throws(RecordsError) {
        if value.isEmpty { throw .invalidValue(field: field, reason: "is empty") }
        try text(value, field)
    }

    static func texts(_ values: [String]?, _ field: String) throws(RecordsError) {
        for value in values ?? [] { try text(value, field) }
    }

    static func finite(_ value: Double?, _ field: String) throws(RecordsError) {
        if let value, !value.isFinite { throw .invalidValue(field: field, reason: "must be a finite number, not \(value)") }
    }

    static func nonNegative(_ value: Int?, _ field: String) throws(RecordsError) {
        if let value, value < 0 { throw .invalidValue(field: field, reason: "must not be negative (\(value))") }
    }
}
