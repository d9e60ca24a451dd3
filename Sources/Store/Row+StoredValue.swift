import Foundation
import GRDB

/// Reading values that another tool or another version may have stored.
///
/// SQLite lets any column hold any type, and `PRAGMA integrity_check` does not object to a BLOB
/// in a text column. GRDB's typed subscripts (`row[1] as String`) trap on a value they cannot
/// convert (a `try!` inside), which ended `folio list` and the reader with SIGILL. Every read of
/// the library's rows goes through these instead: they never trap.
extension Row {
    /// The text in column `index`: a BLOB is decoded as UTF-8 with U+FFFD for each invalid
    /// byte, a number becomes its digits, NULL is nil. (GRDB already repairs invalid UTF-8
    /// stored as TEXT the same way when it reads it.)
    func storedText(_ index: Int) -> String? {
        Self.text(self[index])
    }

    /// The text in the column named `column`; see ``storedText(_:)-(Int)``.
    func storedText(_ column: String) -> String? {
        Self.text(self[column])
    }

    /// The number in the column named `column`, or nil when it holds NULL or something that is
    /// not a number of that type.
    func storedNumber<Number: DatabaseValueConvertible>(_ column: String, as type: Number.Type = Number.self) -> Number? {
        let value: DatabaseValue = self[column]
        return Number.fromDatabaseValue(value)
    }

    private static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: return nil
        case .string(let text): return text
        case .blob(let data): return String(decoding: data, as: UTF8.self)
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        }
    }
}
