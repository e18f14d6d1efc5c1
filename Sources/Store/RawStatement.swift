import GRDB
import GRDBSQLite

/// A cached GRDB statement driven through SQLite's C API: values bound straight from Swift
/// strings and integers, rows read by column index (issue 4 "Speed"). For the import's
/// multi-row statements, where GRDB's `StatementArguments` (an existential and a
/// `DatabaseValue` per value, then validation) cost as much as SQLite's own work (callgrind).
///
/// Use only inside a GRDB write access (`db` is the connection of that access), for SQL that
/// no other code executes through GRDB's `Statement` methods: their bookkeeping of bound
/// arguments is bypassed here.
struct RawStatement {
    private let db: Database
    private let statement: Statement
    private var handle: SQLiteStatement { statement.sqliteStatement }
    private var index: Int32 = 0

    /// SQLite copies bound text before `sqlite3_bind_text` returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// The cached statement for `sql`, reset and ready for its first value.
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
        // The code of the reset repeats the last step's error, which was thrown then.
        sqlite3_reset(statement.sqliteStatement)
    }

    /// The cached statement for `sql` with all its values bound from `arguments` (by GRDB:
    /// for the few values of a query's filter), ready to step.
    /// - Throws: `DatabaseError` when the arguments do not fit the statement.
    init(_ db: Database, sql: String, arguments: StatementArguments) throws {
        try self.init(db, sql: sql)
        try statement.setArguments(arguments)
    }

    /// Binds the next parameter (parameters are taken in order, from the first).
    mutating func bind(_ value: String) throws {
        index += 1
        var value = value
        let code = value.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                // "" may come without storage: a static empty C string (nil would bind NULL).
                guard let start = chars.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, nil) }
                return sqlite3_bind_text(handle, index, start, Int32(chars.count), Self.transient)
            }
        }
        try check(code)
    }

    mutating func bind(_ value: String?) throws {
        if let value { try bind(value) } else { index += 1; try check(sqlite3_bind_null(handle, index)) }
    }

    mutating func bind(_ value: Int64) throws {
        index += 1
        try check(sqlite3_bind_int64(handle, index, value))
    }

    mutating func bind(_ value: Int) throws { try bind(Int64(value)) }

    /// Runs the statement to its next row: true when a row is there to read. After the last
    /// row (or an error) the statement is reset, so it never stays active.
    /// - Throws: `DatabaseError` with SQLite's code and message.
    mutating func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        let failure = code == SQLITE_DONE ? nil : error(code)
        reset()
        if let failure { throw failure }
        return false
    }

    /// Steps through all rows (for statements without a result).
    mutating func run() throws { while try step() {} }

    /// Resets the statement for new values (the previous ones are all replaced).
    mutating func reset() {
        sqlite3_reset(handle)
        index = 0
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    private func check(_ code: Int32) throws {
        if code != SQLITE_OK { throw error(code) }
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}

extension RawStatement: ColumnReader {
    /// The column as text ("" for NULL), without the `strlen` of GRDB's `String(cString:)`.
    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    func int(_ column: Int32) -> Int { Int(int64(column)) }
}

/// Reading a result row's columns by index: a GRDB `Row` or the current row of a
/// `RawStatement`, so that one mapping function serves both.
protocol ColumnReader {
    /// Text ("" for NULL).
    func text(_ column: Int32) -> String
    func optionalText(_ column: Int32) -> String?
    /// An integer (0 for NULL).
    func int(_ column: Int32) -> Int
}

extension Row: ColumnReader {
    func text(_ column: Int32) -> String { self[Int(column)] ?? "" }
    func optionalText(_ column: Int32) -> String? { self[Int(column)] }
    func int(_ column: Int32) -> Int { self[Int(column)] ?? 0 }
}
