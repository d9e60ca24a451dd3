import Foundation
import GRDB

/// Why the library could not do what was asked. Each message names the path and what to do.
///
/// The library file is never overwritten or deleted to recover from any of these.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No library exists at the path, and the caller asked not to create one.
    case noLibrary(path: String)
    /// The library path names a directory.
    case isDirectory(path: String)
    /// The library file or its folder cannot be created or written.
    case notWritable(path: String, reason: String)
    /// The file exists but is not an SQLite database, or is another program's database.
    case notALibrary(path: String)
    /// The file is an SQLite database but damaged.
    case corrupt(path: String)
    /// The file is shorter than its header says: pages are missing, and a write would build on them.
    case truncated(path: String, size: Int64, expected: Int64)
    /// The library was opened read-only (the file or its folder cannot be written), so nothing can be saved.
    case readOnly(path: String)
    /// The disk (or the file system's quota) is full.
    case diskFull(path: String)
    /// The library was written by a newer Folio whose schema this binary does not know.
    case newerSchema(path: String)
    /// Another process held the library longer than the busy timeout.
    case busy(path: String)
    /// No article has this id.
    case noSuchArticle(id: Int64)
    /// A file or folder given to import does not exist.
    case missingInput(path: String)
    /// SQLite refused the statement a filter compiled to. Folio quotes every term, so this
    /// means the filter is beyond what the database can evaluate; SQLite's text is never shown.
    case filterNotSearchable
    /// Any other database failure; `message` is SQLite's.
    case database(path: String, message: String)

    /// The message, with every path made safe to print (``DisplayPath``).
    public var description: String { DisplayPath.clean(message) }

    private var message: String {
        switch self {
        case let .noLibrary(path):
            return "no library at \(path); run `folio import PAGES` or check --library"
        case let .isDirectory(path):
            return "\(path) is a directory; pass a file path with --library (e.g. \(path)/library.sqlite)"
        case let .notWritable(path, reason):
            return "cannot write the library at \(path) (\(reason)); check permissions or pass another path with --library"
        case let .notALibrary(path):
            return "\(path) is not a Folio library; it was left untouched — pass another path with --library"
        case let .corrupt(path):
            return "the library at \(path) is damaged; it was left untouched — restore a backup or pass another path with --library"
        case let .truncated(path, size, expected):
            return "the library at \(path) is damaged: it holds \(size) bytes where its header says \(expected); "
                + "it was left untouched — restore a backup, or read what is left with `folio list` and `folio show`"
        case let .readOnly(path):
            return "the library at \(path) is read-only, so marks and changes cannot be saved; "
                + "make the file and its folder writable to save them"
        case let .diskFull(path):
            return "the disk holding the library at \(path) is full; nothing more was saved — free some space and try again"
        case let .newerSchema(path):
            return "the library at \(path) was written by a newer Folio; upgrade folio to open it (the file was left untouched)"
        case let .busy(path):
            return "the library at \(path) is busy in another process; try again when it finishes"
        case let .noSuchArticle(id):
            return "no article with id \(id); `folio list` shows the ids"
        case let .missingInput(path):
            return "\(path) does not exist; check the path"
        case .filterNotSearchable:
            return "this filter is too complex to search; use fewer parentheses or terms"
        case let .database(path, message):
            return "library \(path): \(message)"
        }
    }

    /// Maps a GRDB or SQLite error to the case a user can act on.
    static func wrap(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return .database(path: path, message: String(describing: error))
        }
        switch error.resultCode.primaryResultCode {
        case .SQLITE_NOTADB: return .notALibrary(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .notWritable(path: path, reason: error.message ?? "permission denied")
        default: return .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
