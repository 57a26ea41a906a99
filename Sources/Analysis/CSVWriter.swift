import Foundation

/// Writes RFC 4180 CSV for machine-readable outputs: fields quoted only when they hold a comma,
/// quote or line break; numbers at full double precision (Swift's shortest round-trip form);
/// an absent value as an empty field, never NaN.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init(header: [String]) { row(header) }

    public mutating func row(_ fields: [String]) {
        text += fields.map(Self.quoted).joined(separator: ",") + "\n"
    }

    public static func quoted(_ field: String) -> String {
        // "\r\n" is one Character in Swift, so it is tested apart from "\r" and "\n".
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number at full precision, or an empty field when absent or not finite.
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return "\(value)"
    }

    public static func number(_ value: Int?) -> String { value.map(String.init) ?? "" }
}
