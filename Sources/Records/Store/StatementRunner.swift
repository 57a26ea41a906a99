#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import GRDB

/// Binds and runs a prepared INSERT through SQLite's C interface: the hot path of audited
/// writes (a large import runs it two million times).
///
/// GRDB prepares and caches the statement; only binding and stepping bypass it, because
/// boxing every value in `StatementArguments` and `DatabaseValue` cost more than SQLite's own
/// work. The statement is always run inside a transaction GRDB opened, where its execution
/// hooks have nothing to do.
enum StatementRunner {
    /// SQLite copies bound text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds `values` to the statement's parameters, then `utf8Text` (text already encoded,
    /// such as an audit payload, bound without making a String of it) to the next, and runs it.
    static func run(_ statement: Statement, _ values: [SQLValue], utf8Text: [UInt8]? = nil, in db: Database) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        if let utf8Text {
            let code = utf8Text.withUnsafeBytes { bindText(handle, CInt(values.count + 1), $0) }
            guard code == SQLITE_OK else { throw error(in: db, statement) }
        }
        for (offset, value) in values.enumerated() {
            let index = CInt(offset + 1)
            let code: CInt
            switch value {
            case .null:
                code = sqlite3_bind_null(handle, index)
            case .integer(let number):
                code = sqlite3_bind_int64(handle, index, number)
            case .real(let number):
                code = sqlite3_bind_double(handle, index, number)
            case .text(var text):
                code = text.withUTF8 { bindText(handle, index, UnsafeRawBufferPointer($0)) }
            }
            guard code == SQLITE_OK else { throw error(in: db, statement) }
        }
        guard sqlite3_step(handle) == SQLITE_DONE else {
            let error = error(in: db, statement)
            sqlite3_reset(handle)
            throw error
        }
        sqlite3_reset(handle)
    }

    /// Binds UTF-8 bytes as text. An empty buffer may have no address, and a NULL pointer
    /// would bind NULL instead of the empty string.
    private static func bindText(_ handle: SQLiteStatement, _ index: CInt, _ bytes: UnsafeRawBufferPointer) -> CInt {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_text(handle, index, "", 0, transient) }
        return sqlite3_bind_text(handle, index, base.assumingMemoryBound(to: CChar.self), CInt(bytes.count), transient)
    }

    private static func error(in db: Database, _ statement: Statement) -> DatabaseError {
        let connection = db.sqliteConnection
        return DatabaseError(
            resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
            message: String(cString: sqlite3_errmsg(connection)), sql: statement.sql)
    }
}
