import AssessCore
import GRDB

/// A value as SQLite stores it in a STRICT table: the one representation shared by what is
/// written, what is read back and what the audit chain encodes, so that a row re-read from
/// the database encodes to exactly the bytes recorded when it was written.
enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    init(_ value: String?) { self = value.map(SQLValue.text) ?? .null }
    init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    init(_ value: Int64?) { self = value.map(SQLValue.integer) ?? .null }
    init(_ value: Double?) { self = value.map(SQLValue.real) ?? .null }
    init(_ value: Bool) { self = .integer(value ? 1 : 0) }
    init(_ value: Timestamp?) { self = value.map { .text($0.description) } ?? .null }
    init(_ value: CalendarDate?) { self = value.map { .text($0.description) } ?? .null }
    init<T: RawRepresentable>(_ value: T?) where T.RawValue == String { self = value.map { .text($0.rawValue) } ?? .null }
    /// A JSON array of strings, canonical (as ``CanonicalJSON`` writes it).
    init(jsonArray value: [String]?) {
        guard let value else {
            self = .null
            return
        }
        var json = CanonicalJSON()
        json.array(value) { json, element in json.string(element) }
        self = .text(String(decoding: json.bytes, as: UTF8.self))
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let integer): self = .integer(integer)
        case .double(let double): self = .real(double)
        case .string(let string): self = .text(string)
        // STRICT tables hold no blobs in these columns; one put there by hand still encodes
        // (and so fails the audit) rather than trapping.
        case .blob(let data): self = .text("blob:" + SHA256Hex.digest(of: data))
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .real(let value): value.databaseValue
        case .text(let value): value.databaseValue
        }
    }

    var isNull: Bool { self == .null }
}
