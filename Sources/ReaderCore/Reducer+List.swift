// The virtualised list: selection, scrolling and the loaded window of rows.

extension AppState {
    // MARK: - Window requests

    /// A request for the window of rows centred on `index`, anchored on the pending selection.
    func windowQuery(around index: Int) -> RowQuery {
        var offset = index - ListState.windowSize / 2
        if let total = list.total { offset = min(offset, total - ListState.windowSize) }
        offset = max(0, offset)
        return RowQuery(
            filter: filter.listed, sort: sort, offset: offset,
            limit: ListState.windowSize, anchor: list.anchor
        )
    }

    /// Asks for the window around the selection again (after a failed write, say).
    mutating func reloadWindow() -> [Effect] {
        list.pending = windowQuery(around: list.selected)
        return [.loadRows(list.pending!), .loadCounts(filter: filter.listed)]
    }

    /// Starts the list over for a new sort or filter: top row, or `anchor` once it arrives.
    ///
    /// With an anchor, the old rows stay on screen with their selection and scroll until the new
    /// window arrives (the load may wait behind a key): the frame meanwhile highlights the
    /// article that keys act on, and a move typed meanwhile moves the anchor (see
    /// ``followSelection()``) rather than being lost when the window places the selection.
    mutating func restartList(anchor: Int64?) -> [Effect] {
        list.anchor = anchor
        if anchor == nil {
            list.selected = 0
            list.top = 0
        }
        list.seekingUnread = false
        list.pending = windowQuery(around: 0)
        return [.loadRows(list.pending!)]
    }

    /// A move while a restarted list's window is on its way: the anchor becomes the article now
    /// selected in the old rows, and the window is asked for again around it.
    ///
    /// A move onto a row the old window lacks gives up the anchor: the new list is then loaded
    /// around the selected index (the new window clamps it).
    mutating func followSelection() -> [Effect] {
        let id = list.row(at: list.selected)?.id
        guard id != list.anchor else { return [] }
        list.anchor = id
        list.pending = windowQuery(around: id == nil ? list.selected : 0)
        return [.loadRows(list.pending!)]
    }

    /// Lists another filter: the list starts over, and the old filter's counts are dropped.
    ///
    /// The rows come first; the counts (unread and starred among the matches, a slower query
    /// for a common word) follow, and the runner may paint the rows before it counts.
    mutating func showFilter(_ text: String, anchor: Int64?) -> [Effect] {
        filter.listed = text
        filter.error = nil
        counts = nil
        countsFailed = false
        return restartList(anchor: anchor) + [.loadCounts(filter: text)]
    }

    /// Asks for a new window when the selection nears an edge of the loaded one.
    mutating func ensureWindow() -> [Effect] {
        guard let total = list.total, total > 0 else { return [] }
        let start = list.offset
        let end = list.offset + list.rows.count
        let nearStart = start > 0 && list.selected < start + ListState.margin
        let nearEnd = end < total && list.selected >= end - ListState.margin
        guard nearStart || nearEnd else { return [] }
        if let pending = list.pending, pending.offset + ListState.margin <= list.selected,
           list.selected < pending.offset + pending.limit - ListState.margin {
            return []  // the window on its way will do
        }
        let query = windowQuery(around: list.selected)
        guard query.offset != start, list.pending?.offset != query.offset else { return [] }
        list.pending = query
        return [.loadRows(query)]
    }

    // MARK: - Selection

    /// Selects the row at `index` (clamped), keeps it on screen and loads rows if needed.
    mutating func select(_ index: Int) -> [Effect] {
        let last = max(0, (list.total ?? list.offset + list.rows.count) - 1)
        list.selected = min(max(0, index), last)
        scrollSelectionIntoView()
        // The old rows of a restarted list are on screen (a first window has no rows to move in).
        if list.anchor != nil, list.total != nil { return followSelection() }
        return ensureWindow()
    }

    /// Moves `top` so the selected row is visible.
    mutating func scrollSelectionIntoView() {
        let rows = layout.listRows
        if list.selected < list.top { list.top = list.selected }
        if list.selected >= list.top + rows { list.top = list.selected - rows + 1 }
        let total = list.total ?? 0
        list.top = max(0, min(list.top, max(0, total - rows)))
    }

    // MARK: - Moving

    mutating func move(lines: Int) -> [Effect] {
        if focus == .reader { return scrollReader(by: lines) }
        return select(list.selected + lines)
    }

    mutating func move(pages: Int) -> [Effect] {
        if focus == .reader { return scrollReader(by: pages * max(1, layout.paneRows - 2)) }
        let rows = layout.listRows
        list.top = max(0, list.top + pages * rows)
        return select(list.selected + pages * rows)
    }

    mutating func move(halfPages: Int) -> [Effect] {
        if focus == .reader { return scrollReader(by: halfPages * max(1, layout.paneRows / 2)) }
        return select(list.selected + halfPages * max(1, layout.listRows / 2))
    }

    mutating func moveToEnd(bottom: Bool) -> [Effect] {
        if focus == .reader {
            reader?.scroll = bottom ? Int.max : 0
            clampReaderScroll()
            return []
        }
        return select(bottom ? (list.total ?? 1) - 1 : 0)
    }

    /// The mouse wheel: scrolls whichever of list and pane is under the pointer.
    mutating func scroll(lines: Int, x: Int, y: Int) -> [Effect] {
        let layout = self.layout
        if let pane = layout.pane, pane.contains(x: x, y: y), reader != nil {
            return scrollReader(by: lines)
        }
        if let list = layout.list, list.contains(x: x, y: y) {
            return select(self.list.selected + lines)
        }
        return []
    }

    /// A click selects the list row under the pointer (and opens it if it was already
    /// selected), or gives the pane the focus.
    mutating func click(x: Int, y: Int) -> [Effect] {
        let layout = self.layout
        if let area = layout.list, area.contains(x: x, y: y) {
            let index = list.top + (y - area.y)
            guard index < (list.total ?? 0) else { return [] }
            focus = .list
            if index == list.selected { return openSelected() }
            return select(index)
        }
        if let pane = layout.pane, pane.contains(x: x, y: y), reader != nil {
            focus = .reader
        }
        return []
    }

    // MARK: - Results

    mutating func rowsLoaded(_ query: RowQuery, _ window: RowWindow) -> [Effect] {
        guard query.filter == filter.listed, query.sort == sort else { return [] }
        // A window anchored on an article the selection has since moved away from: the one
        // anchored on the new selection is on its way.
        if let anchor = query.anchor, list.anchor != nil, anchor != list.anchor { return [] }
        if list.pending == query { list.pending = nil }
        list.offset = window.offset
        list.rows = window.rows
        list.total = window.total
        list.loadedFilter = query.filter
        if let anchor = list.anchor, query.anchor == anchor {
            list.anchor = nil
            if let i = window.rows.firstIndex(where: { $0.id == anchor }) {
                list.selected = window.offset + i
                list.top = list.selected - layout.listRows / 2
            } else {
                // Not in the new list: start it from the top (the old selection indexed the old rows).
                list.selected = 0
                list.top = 0
            }
        }
        list.selected = min(list.selected, max(0, window.total - 1))
        scrollSelectionIntoView()
        if list.seekingUnread { return continueSeekingUnread() }
        return ensureWindow()
    }

    /// Replaces every loaded copy of article `id` (the row, the open document).
    mutating func update(_ id: Int64, _ change: (inout ArticleRow) -> Void) {
        for i in list.rows.indices where list.rows[i].id == id { change(&list.rows[i]) }
    }
}
