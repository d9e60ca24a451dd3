// Opening, paging and marking articles.

extension AppState {
    // MARK: - Opening

    /// Opens the selected row in the pane, loading it unless it is already there, and marks it read.
    mutating func openSelected() -> [Effect] {
        guard let row = list.selectedRow else { return [] }
        focus = .reader
        var effects: [Effect] = []
        if reader?.id != row.id {
            reader = ReaderState(id: row.id)
            effects.append(.loadDocument(id: row.id))
        }
        if !row.isRead { effects += setMark(.read, true, id: row.id) }
        return effects
    }

    /// `n`/`p`: the neighbouring row, opened if an article is being read.
    mutating func step(by delta: Int) -> [Effect] {
        let target = list.selected + delta
        guard target >= 0, target < (list.total ?? 0) else {
            message = StatusMessage(delta > 0 ? "This is the last article." : "This is the first article.")
            return []
        }
        var effects = select(target)
        if focus == .reader { effects += openSelected() }
        return effects
    }

    /// `N`: the next unread row after the selection, looking beyond the window if need be.
    mutating func nextUnread() -> [Effect] {
        list.seekingUnread = true
        return continueSeekingUnread()
    }

    /// Searches the loaded window for an unread row after the selection; asks for the next
    /// window when there is none and more rows exist.
    mutating func continueSeekingUnread() -> [Effect] {
        let from = max(list.selected + 1, list.offset)
        let end = list.offset + list.rows.count
        if from < end, let i = list.rows[(from - list.offset)...].firstIndex(where: { !$0.isRead }) {
            list.seekingUnread = false
            var effects = select(list.offset + i)
            if focus == .reader { effects += openSelected() }
            return effects
        }
        let next = max(end, list.selected + 1)
        if next < (list.total ?? 0) {
            let query = RowQuery(filter: filter.listed, sort: sort, offset: next, limit: ListState.windowSize)
            list.pending = query
            return [.loadRows(query)]
        }
        list.seekingUnread = false
        message = StatusMessage("No unread articles below.")
        return ensureWindow()
    }

    /// `Space`: a page of the article; at its end, the next unread one. On the list, a page down.
    mutating func pageOrNextUnread() -> [Effect] {
        guard focus == .reader, let reader, reader.document != nil else {
            return focus == .list ? move(pages: 1) : []
        }
        if reader.scroll < maxReaderScroll {
            return scrollReader(by: max(1, layout.paneRows - 2))
        }
        return nextUnread()
    }

    // MARK: - Scrolling the pane

    /// The measure the reading pane uses now.
    var readerMeasure: Int {
        ReadingLayout.measure(forPaneWidth: layout.pane?.width ?? width).measure
    }

    /// The open article's lines at the pane's measure, from the cache when it is current.
    var readerLines: [StyledLine] {
        guard let reader, let document = reader.document else { return [] }
        let measure = readerMeasure
        if let cached = reader.layout, reader.layoutMeasure == measure { return cached }
        return ReadingLayout.lines(document, measure: measure)
    }

    /// Lays the open article out again if its document or the pane's measure changed.
    mutating func refreshReadingLayout() {
        guard let reader, reader.document != nil else { return }
        let measure = readerMeasure
        guard reader.layout == nil || reader.layoutMeasure != measure else { return }
        self.reader!.layout = readerLines
        self.reader!.layoutMeasure = measure
    }

    var maxReaderScroll: Int { max(0, readerLines.count - layout.paneRows) }

    mutating func scrollReader(by lines: Int) -> [Effect] {
        guard reader != nil else { return [] }
        reader!.scroll = max(0, reader!.scroll + lines)
        clampReaderScroll()
        return []
    }

    mutating func clampReaderScroll() {
        refreshReadingLayout()
        guard let scroll = reader?.scroll else { return }
        reader!.scroll = max(0, min(scroll, maxReaderScroll))
    }

    // MARK: - Marks

    enum Mark { case read, starred }

    /// `s`/`r`: flips the mark on the open article (when reading) or the selected row.
    mutating func toggleMark(_ mark: Mark) -> [Effect] {
        let id: Int64
        if focus == .reader, let reader { id = reader.id } else if let row = list.selectedRow { id = row.id } else { return [] }
        let row = list.rows.first(where: { $0.id == id })
        let document = reader?.id == id ? reader?.document : nil
        let current: Bool
        switch mark {
        case .read: current = row?.isRead ?? document?.isRead ?? false
        case .starred: current = row?.isStarred ?? document?.isStarred ?? false
        }
        let effects = setMark(mark, !current, id: id)
        switch mark {
        case .read: message = StatusMessage(current ? "Marked unread." : "Marked read.")
        case .starred: message = StatusMessage(current ? "Star removed." : "Starred.")
        }
        return effects
    }

    /// Applies a mark to every loaded copy and the counts, and asks for it to be written.
    mutating func setMark(_ mark: Mark, _ value: Bool, id: Int64) -> [Effect] {
        update(id) { row in
            switch mark {
            case .read: row.isRead = value
            case .starred: row.isStarred = value
            }
        }
        if reader?.id == id, reader?.document != nil {
            switch mark {
            case .read: reader!.document!.isRead = value
            case .starred: reader!.document!.isStarred = value
            }
        }
        if var counts {
            switch mark {
            case .read: counts.unread = max(0, counts.unread + (value ? -1 : 1))
            case .starred: counts.starred = max(0, counts.starred + (value ? 1 : -1))
            }
            self.counts = counts
        }
        switch mark {
        case .read: return [.setRead(id: id, value)]
        case .starred: return [.setStarred(id: id, value)]
        }
    }

    /// `O`/`x`: the article's source URL (or file), outside the reader.
    ///
    /// On the list, the selected article is opened first (its source is only in the document),
    /// and the source follows when the document arrives.
    mutating func openSource() -> [Effect] {
        let showing = focus == .reader || reader?.id == list.selectedRow?.id
        guard showing, let document = reader?.document else {
            guard list.selectedRow != nil else { return [] }
            let effects = openSelected()
            reader?.opensSourceWhenLoaded = true
            return effects
        }
        return openSource(of: document)
    }

    /// The effect that opens `document`'s source, or a message saying it has none.
    mutating func openSource(of document: ArticleDocument) -> [Effect] {
        guard let source = document.source else {
            message = StatusMessage("This article has no source address or file.", isError: true)
            return []
        }
        message = StatusMessage("Opening the source…")
        return [.openSource(source)]
    }
}
