import GRDB

/// The columns of one table row and their values: what an audit event records of the row.
///
/// Encoded as a canonical JSON object with the column names as keys in sorted order and NULL
/// columns left out, so that a column added by a later migration (nullable, NULL in old rows)
/// does not change the encoding of rows written before it existed.
struct RowSnapshot: Sendable, Hashable {
    var columns: [(name: String, value: SQLValue)]

    init(_ columns: [(name: String, value: SQLValue)]) { self.columns = columns }

    /// Every column of a row read with `SELECT *`.
    init(_ row: Row) {
        columns = row.map { name, value in (name, SQLValue(value)) }
    }

    static func == (lhs: RowSnapshot, rhs: RowSnapshot) -> Bool {
        lhs.columns.elementsEqual(rhs.columns) { $0.name == $1.name && $0.value == $1.value }
    }

    func hash(into hasher: inout Hasher) {
        for column in columns {
            hasher.combine(column.name)
            hasher.combine(column.value)
        }
    }

    /// The value of `name`, or null.
    subscript(name: String) -> SQLValue {
        columns.first { $0.name == name }?.value ?? .null
    }

    /// The non-null columns sorted by name, excluding `excluded`.
    func comparable(excluding excluded: Set<String> = []) -> [(name: String, value: SQLValue)] {
        columns.filter { !$0.value.isNull && !excluded.contains($0.name) }.sorted { $0.name < $1.name }
    }

    func write(to writer: inout PayloadWriter) {
        writer.byte(UInt8(ascii: "{"))
        for (index, column) in comparable().enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.string(column.name)
            writer.byte(UInt8(ascii: ":"))
            writer.value(column.value)
        }
        writer.byte(UInt8(ascii: "}"))
    }
}
