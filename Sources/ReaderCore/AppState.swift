// ReaderCore: the reader as data.
//
// State (`AppState`), intents and results (`Action`), a pure reducer (`reduce`), requested work
// (`Effect`), the key table (`KeyMap`) and widgets that render a `Screen`. This module must never
// import curses, `Store` or `Extraction`, never do I/O, and never read the clock or environment:
// every input arrives as an `Action`, every output leaves as an `Effect` or a `Screen`.

/// The whole state of the reader; `render` draws it, `reduce` changes it.
///
/// Build it from the last saved ``Session``, then send ``Action/start``:
///
/// ```swift
/// var state = AppState(session: saved, width: 80, height: 24)
/// let effects = reduce(&state, .start)   // loadRows around saved.selectedID, loadCounts
/// ```
public struct AppState: Equatable, Sendable {
    /// Terminal size in cells, kept current by ``Action/resize(width:height:)``.
    public var width: Int
    public var height: Int
    public var sort: Sort
    public var filter: FilterState
    public var list: ListState
    /// The open article, if any (it stays open in the side pane when focus returns to the list).
    public var reader: ReaderState?
    /// Which view the movement keys drive.
    public var focus: Focus
    /// `v` flips the default: side by side on wide terminals, one view at a time on narrow ones.
    public var layoutToggled: Bool
    /// Counts for ``FilterState/listed``; `nil` until loaded, and again from the moment the
    /// filter changes until its counts arrive (the status line says "counting…" meanwhile).
    public var counts: LibraryCounts?
    /// Counting ``FilterState/listed`` failed: the status line shows the counts as unknown
    /// rather than "counting…", and the next intent asks for them again.
    public var countsFailed: Bool
    /// The status-line message (a result or an error), cleared by the next intent.
    public var message: StatusMessage?
    public var showsHelp: Bool
    /// Set once ``Action/quit`` ran; the runner exits after the `quit` effect.
    public var isQuitting: Bool

    /// A reader in its first frame: the saved filter, sort and history, nothing loaded yet.
    ///
    /// The saved selection is kept as ``ListState/anchor`` and requested on ``Action/start``.
    public init(session: Session = Session(), width: Int = 80, height: Int = 24) {
        self.width = width
        self.height = height
        self.sort = session.sort
        self.filter = FilterState(listed: session.filter, history: session.filterHistory)
        self.list = ListState(anchor: session.selectedID)
        self.reader = nil
        self.focus = .list
        self.layoutToggled = false
        self.counts = nil
        self.countsFailed = false
        self.message = nil
        self.showsHelp = false
        self.isQuitting = false
    }

    /// What ``Effect/persistSession(_:)`` saves now.
    public var session: Session {
        Session(
            // An anchor is the selection still on its way (a restored session, `o`, `c`).
            selectedID: list.anchor ?? list.selectedRow?.id,
            filter: filter.prompt?.before ?? filter.listed,
            sort: sort,
            filterHistory: filter.history
        )
    }

    /// The view that arrow keys and `j`/`k` drive.
    public enum Focus: Equatable, Sendable {
        case list
        case reader
    }
}

/// A line for the status bar.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// The virtualised article list: a window of loaded rows around the viewport, plus the total.
///
/// Indexes (`selected`, `top`, `offset`) count from the start of the whole filtered, sorted list,
/// not from the window. Rows outside the window are not in memory; the reducer asks for a new
/// window when the selection nears its edge.
public struct ListState: Equatable, Sendable {
    /// Index of `rows[0]` in the whole list.
    public var offset: Int
    /// The loaded window (at most ``ListState/windowSize`` rows).
    public var rows: [ArticleRow]
    /// How many articles match; `nil` until the first window arrives.
    public var total: Int?
    /// The filter `rows` and `total` were loaded for: the previous filter's until the first
    /// window of a new one arrives (those rows stay on screen meanwhile).
    public var loadedFilter: String?
    /// Index of the selected row in the whole list.
    public var selected: Int
    /// Index of the first row on screen.
    public var top: Int
    /// An article to select once its window arrives (a restored session, a sort change).
    public var anchor: Int64?
    /// The window request in flight, so one is not asked for twice.
    public var pending: RowQuery?
    /// `N` or `Space` is looking for an unread article beyond the loaded window.
    public var seekingUnread: Bool = false

    /// How many rows a window holds.
    public static let windowSize = 200
    /// Load a new window when the selection comes this close to a loaded edge.
    public static let margin = 50

    public init(anchor: Int64? = nil) {
        self.offset = 0
        self.rows = []
        self.total = nil
        self.loadedFilter = nil
        self.selected = 0
        self.top = 0
        self.anchor = anchor
        self.pending = nil
    }

    /// The row at a whole-list index, if it is in the loaded window.
    public func row(at index: Int) -> ArticleRow? {
        let i = index - offset
        return rows.indices.contains(i) ? rows[i] : nil
    }

    /// The selected row, if loaded.
    ///
    /// While an anchor is on its way (after `o` or `c`, before the new window), `selected` still
    /// indexes the old rows on screen, and points at the anchored article.
    public var selectedRow: ArticleRow? { row(at: selected) }

    /// How many articles match `filter`, if the loaded window is that filter's.
    public func total(for filter: String) -> Int? {
        loadedFilter == filter ? total : nil
    }
}

/// The article open in the reading pane.
public struct ReaderState: Equatable, Sendable {
    public var id: Int64
    /// `nil` while loading.
    public var document: ArticleDocument?
    /// The first body line shown (0 is the top of the article).
    public var scroll: Int
    /// Why the document could not be shown.
    public var error: String?
    /// The document laid out at ``layoutMeasure`` columns: a cache derived from `document` and
    /// the pane width, refreshed by `reduce` so scrolling and rendering don't re-wrap the text.
    public internal(set) var layout: [StyledLine]?
    /// The measure ``layout`` was made for.
    public internal(set) var layoutMeasure: Int = 0
    /// `O` was pressed before the document arrived: open its source once it does.
    public internal(set) var opensSourceWhenLoaded: Bool = false

    public init(id: Int64, document: ArticleDocument? = nil, scroll: Int = 0, error: String? = nil) {
        self.id = id
        self.document = document
        self.scroll = scroll
        self.error = error
        self.layout = nil
    }
}

/// The filter the list shows, the prompt being typed, and the history.
public struct FilterState: Equatable, Sendable {
    /// The filter the list is showing (or loading): the prompt text while typing.
    public var listed: String
    /// The open `/` prompt, if any.
    public var prompt: Prompt?
    /// Submitted filters, oldest first, no duplicates, at most ``Session/historyLimit``.
    public var history: [String]
    /// Why ``listed`` was rejected, if it was.
    public var error: Rejection?

    public init(listed: String = "", prompt: Prompt? = nil, history: [String] = [], error: Rejection? = nil) {
        self.listed = listed
        self.prompt = prompt
        self.history = history
        self.error = error
    }

    /// The `/` prompt being edited.
    public struct Prompt: Equatable, Sendable {
        public var text: String
        /// Cursor position in characters from the start of `text`.
        public var cursor: Int
        /// The filter applied before `/`, restored by `Esc`.
        public var before: String
        /// Position while walking the history with ↑/↓; `nil` when editing typed text.
        public var historyIndex: Int?
        /// The typed text to come back to after walking the history.
        public var typed: String
        /// The article selected before `/`, selected again after `Esc`.
        public var selectedBefore: Int64?

        public init(text: String, before: String, selectedBefore: Int64? = nil) {
            self.text = text
            self.cursor = text.count
            self.before = before
            self.historyIndex = nil
            self.typed = text
            self.selectedBefore = selectedBefore
        }
    }

    /// A filter that does not parse, with where.
    public struct Rejection: Equatable, Sendable {
        public var filter: String
        public var message: String
        /// Zero-based character offset of the problem, if known.
        public var column: Int?
        public init(filter: String, message: String, column: Int?) {
            self.filter = filter
            self.message = message
            self.column = column
        }
    }
}
