/// Everything that can happen to the reader: a person's intent (a verb) or an effect's result
/// (past tense).
///
/// ``KeyMap`` produces intents from keys; `folio` produces results from running ``Effect``s.
/// Both go through ``reduce(_:_:)``.
public enum Action: Equatable, Sendable {
    // MARK: - Lifecycle

    /// The reader starts: load the rows around the restored selection and the counts.
    case start
    /// The terminal is now this size.
    case resize(width: Int, height: Int)

    // MARK: - Moving (the list, or the reading pane when it has focus)

    /// `j`/`↓`: next row, or scroll the reading pane down a line.
    case moveDown
    /// `k`/`↑`: previous row, or scroll the reading pane up a line.
    case moveUp
    /// `PgDn`: a screenful down.
    case pageDown
    /// `PgUp`: a screenful up.
    case pageUp
    /// `Ctrl-d`: half a screenful down.
    case halfPageDown
    /// `Ctrl-u`: half a screenful up.
    case halfPageUp
    /// `g`/`Home`: first row, or top of the article.
    case moveToTop
    /// `G`/`End`: last row (`total - 1`), or end of the article.
    case moveToBottom
    /// Mouse wheel: scroll by `lines` (negative is up) whatever is under (`x`, `y`).
    case scroll(lines: Int, x: Int, y: Int)
    /// Mouse click at a cell: selects the list row there, or focuses the pane.
    case click(x: Int, y: Int)

    // MARK: - Reading

    /// `Enter`/`l`/`→`: open the selected article (marks it read).
    case openSelected
    /// `h`/`←`/`Esc`: back from the article to the list; closes help or a message.
    case back
    /// `q`: back from the article, or quit from the list.
    case backOrQuit
    /// `Space`: page the article; at its end, open the next unread one.
    case pageOrNextUnread
    /// `n`: open (or select) the next article in list order.
    case nextArticle
    /// `p`: open (or select) the previous article in list order.
    case previousArticle
    /// `N`: open (or select) the next unread article after the selection.
    case nextUnread

    // MARK: - Marks

    /// `s`: star or unstar the selected or open article.
    case toggleStar
    /// `r`: mark the selected or open article read or unread.
    case toggleRead
    /// `O`/`x`: open the article's source URL or file outside the reader.
    case openSource

    // MARK: - View

    /// `v`: switch between list + pane side by side and one view at a time.
    case toggleLayout
    /// `?`: show or hide the key help.
    case toggleHelp
    /// `o`: next sort order (date ↓, date ↑, title, imported).
    case cycleSort
    /// `q` on the list, or `Ctrl-c`: save the session and quit.
    case quit

    // MARK: - Filter prompt

    /// `/`: open the filter prompt with the current filter as its text.
    case startFilter
    /// Insert typed text at the prompt's cursor; the list narrows at once.
    case insertFilterText(String)
    /// `Backspace` in the prompt.
    case deleteFilterBackward
    /// `←`/`→` in the prompt: move the cursor by `offset` characters.
    case moveFilterCursor(Int)
    /// Replace the prompt text (paste, or a caller that edits text itself).
    case setFilterText(String)
    /// `Enter` in the prompt: keep the filter and remember it in the history.
    case submitFilter
    /// `Esc` in the prompt: restore the filter that was applied before `/`.
    case cancelFilter
    /// `↑` in the prompt: the previous filter in the history.
    case filterHistoryPrevious
    /// `↓` in the prompt: the next filter in the history (or back to the typed text).
    case filterHistoryNext
    /// `c`: clear the filter.
    case clearFilter

    // MARK: - Results (from effects)

    /// Rows for a ``Effect/loadRows(_:)`` request; dropped if the filter or sort has moved on.
    case rowsLoaded(RowQuery, RowWindow)
    /// Counts for a ``Effect/loadCounts(filter:)`` request.
    case countsLoaded(filter: String, LibraryCounts)
    /// The counts for `filter` could not be taken (not a cut-short count: an error); the next
    /// intent asks for them again.
    case countsFailed(filter: String, message: String)
    /// The article asked for by ``Effect/loadDocument(id:)``.
    case documentLoaded(ArticleDocument)
    /// The article could not be loaded (deleted meanwhile, unreadable).
    case documentFailed(id: Int64, message: String)
    /// The filter text does not parse; `column` is the zero-based character offset of the problem.
    case filterRejected(filter: String, message: String, column: Int?)
    /// A read mark or star could not be written; the reducer reloads the rows to show the truth.
    case markFailed(id: Int64, message: String)
    /// `$BROWSER`/`xdg-open` could not be started.
    case openFailed(message: String)
    /// Any other load failed; shown on the status line.
    case loadFailed(message: String)
}
