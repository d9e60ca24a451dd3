/// Work the reducer asks `folio` to do; `reduce` itself never does I/O.
///
/// `folio` runs each effect against the library (or the OS) and feeds the outcome back to
/// ``reduce(_:_:)`` as a past-tense ``Action``. Effects may run concurrently; results that arrive
/// late for a filter or sort no longer shown are dropped by the reducer, so the runner need not
/// cancel anything.
///
/// | Effect | Answer |
/// |---|---|
/// | `loadRows` | `rowsLoaded` or `filterRejected` or `loadFailed` |
/// | `loadCounts` | `countsLoaded` or `countsFailed` |
/// | `loadDocument` | `documentLoaded` or `documentFailed` |
/// | `setRead`, `setStarred` | nothing on success, `markFailed` on error |
/// | `openSource` | nothing on success, `openFailed` on error |
/// | `persistSession` | nothing (log failures) |
/// | `quit` | restore the terminal and exit |
public enum Effect: Equatable, Sendable {
    /// Load a window of list rows for a filter and sort.
    case loadRows(RowQuery)
    /// Count the articles matching `filter` (total, unread, starred) for the status line.
    ///
    /// It follows a `loadRows` for the same filter, and may run after those rows are painted:
    /// the status line says "counting…" until the answer comes.
    case loadCounts(filter: String)
    /// Load one article for the reading pane.
    case loadDocument(id: Int64)
    /// Write the read mark at once.
    case setRead(id: Int64, Bool)
    /// Write the star at once.
    case setStarred(id: Int64, Bool)
    /// Open the article's origin with `$BROWSER` (else `xdg-open`), as an argument vector.
    case openSource(SourceLocation)
    /// Save position, filter, sort and filter history for the next start.
    case persistSession(Session)
    /// Leave the reader.
    case quit
}
