import ReaderCore

/// What the reader needs from a library, in ReaderCore's terms.
///
/// `LibraryReaderSource` answers it from the `Store`; tests and the empty case use simpler
/// sources. Every call is synchronous and runs on the main thread: each is one indexed query.
protocol ReaderLibrary {
    /// The rows a window request asks for (the window holding `anchor` when it matches).
    /// - Throws: `ReaderLibraryError.badFilter` when the filter does not parse.
    func rows(_ query: RowQuery) throws -> RowWindow
    /// Only the rows within `radius` of the row at `focus` (or of the anchor): enough for a
    /// frame while the whole window loads later.
    func rows(_ query: RowQuery, around focus: Int, radius: Int) throws -> RowWindow
    /// Total, unread and starred counts for a filter.
    func counts(filter: String) throws -> LibraryCounts
    /// One article for the reading pane.
    func document(id: Int64) throws -> ArticleDocument
    func setRead(id: Int64, _ read: Bool) throws
    func setStarred(id: Int64, _ starred: Bool) throws
    /// Stops the queries running now (they throw), from any thread; nil when there is no
    /// query worth cutting short.
    var interrupter: (@Sendable () -> Void)? { get }
}

/// Errors the reader shows on its status line.
enum ReaderLibraryError: Error, CustomStringConvertible {
    /// The filter text does not parse; `column` is zero-based.
    case badFilter(message: String, column: Int?)
    case notFound(id: Int64)

    var description: String {
        switch self {
        case .badFilter(let message, _): return message
        case .notFound(let id): return "article \(id) is no longer in the library; press c to reload"
        }
    }
}

extension ReaderLibrary {
    func rows(_ query: RowQuery, around focus: Int, radius: Int) throws -> RowWindow {
        try rows(query)
    }

    var interrupter: (@Sendable () -> Void)? { nil }
}

/// A library with nothing in it: the reader opens on its welcome.
struct EmptyReaderLibrary: ReaderLibrary {
    func rows(_ query: RowQuery) throws -> RowWindow { RowWindow(offset: 0, rows: [], total: 0) }
    func counts(filter: String) throws -> LibraryCounts { LibraryCounts(total: 0, unread: 0, starred: 0) }
    func document(id: Int64) throws -> ArticleDocument { throw ReaderLibraryError.notFound(id: id) }
    func setRead(id: Int64, _ read: Bool) throws {}
    func setStarred(id: Int64, _ starred: Bool) throws {}
}
