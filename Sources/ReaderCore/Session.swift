/// What the reader remembers between runs: position, filter, sort and filter history.
///
/// `folio` saves it when it runs ``Effect/persistSession(_:)`` and passes the last saved one to
/// ``AppState/init(session:width:height:)`` on the next start. `Codable` so it can go to JSON.
public struct Session: Equatable, Sendable, Codable {
    /// The article selected when the reader last moved; restored by loading the rows around it.
    public var selectedID: Int64?
    /// The applied filter in the filter language, `""` for none.
    public var filter: String
    public var sort: Sort
    /// Submitted filters, oldest first, without duplicates; ↑/↓ in the prompt walk it.
    public var filterHistory: [String]

    /// How many filters the history keeps.
    public static let historyLimit = 50

    public init(selectedID: Int64? = nil, filter: String = "", sort: Sort = .dateDescending, filterHistory: [String] = []) {
        self.selectedID = selectedID
        self.filter = filter
        self.sort = sort
        self.filterHistory = filterHistory
    }
}

/// A request for a window of list rows; `folio` answers with ``Action/rowsLoaded(_:_:)``.
///
/// The runner parses `filter` with `FilterQuery`. If it does not parse, it answers
/// ``Action/filterRejected(filter:message:column:)`` instead: there is no separate validation
/// effect, every load validates. When `anchor` is set and that article matches the filter, the
/// runner should return the window that contains it (ignoring `offset`) and say where it starts
/// in ``RowWindow/offset``; otherwise it loads from `offset`.
public struct RowQuery: Equatable, Hashable, Sendable {
    public var filter: String
    public var sort: Sort
    /// Index of the first wanted row in the filtered, sorted list.
    public var offset: Int
    public var limit: Int
    /// An article to centre the window on (used to restore a session or keep the selection across a sort change).
    public var anchor: Int64?

    public init(filter: String, sort: Sort, offset: Int, limit: Int, anchor: Int64? = nil) {
        self.filter = filter
        self.sort = sort
        self.offset = offset
        self.limit = limit
        self.anchor = anchor
    }
}

/// The rows a ``RowQuery`` returned: where they start, the rows, and how many match in all.
public struct RowWindow: Equatable, Sendable {
    /// Index of `rows[0]` in the whole filtered, sorted list.
    public var offset: Int
    public var rows: [ArticleRow]
    /// How many articles match the filter.
    public var total: Int

    public init(offset: Int, rows: [ArticleRow], total: Int) {
        self.offset = offset
        self.rows = rows
        self.total = total
    }
}

/// Counts for the status line: `1,204 articles · 312 unread · 14 starred`.
///
/// They describe the articles that match the filter the counts were loaded for (all of them when
/// the filter is empty).
public struct LibraryCounts: Equatable, Sendable {
    public var total: Int
    public var unread: Int
    public var starred: Int

    public init(total: Int, unread: Int, starred: Int) {
        self.total = total
        self.unread = unread
        self.starred = starred
    }
}
