/// Applies one action to the state and returns the work to do next; never does I/O.
///
/// Intents change the state at once (optimistically for marks) and ask for loads; results
/// fill the state in. Any intent clears the status message. An intent while the help overlay
/// is up only closes it.
///
/// ```swift
/// var state = AppState(session: saved, width: 80, height: 24)
/// for effect in reduce(&state, .start) { runner.run(effect) }
/// ```
@discardableResult
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    // Counts that failed are asked for again at the next key, so they are never stuck unknown
    // (an intent that changes the filter asks for its own: the runner keeps only the last).
    var retry: [Effect] = []
    if action.isIntent, state.countsFailed {
        state.countsFailed = false
        retry = [.loadCounts(filter: state.filter.listed)]
    }
    let effects = retry + reduceAction(&state, action)
    // Any action may change the pane's size (focus, layout, resize): keep the scroll valid.
    state.clampReaderScroll()
    return effects
}

/// The reducer proper; ``reduce(_:_:)`` then refreshes the layout cache and clamps the scroll.
private func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
    if action.isIntent {
        state.message = nil
        if state.showsHelp {
            state.showsHelp = false
            if case .quit = action { return state.quit() }
            return []
        }
    }
    switch action {
    // MARK: Lifecycle
    case .start:
        state.list.pending = state.windowQuery(around: 0)
        return [.loadRows(state.list.pending!), .loadCounts(filter: state.filter.listed)]
    case .resize(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        state.scrollSelectionIntoView()
        state.clampReaderScroll()
        return []
    case .quit:
        return state.quit()

    // MARK: Moving
    case .moveDown: return state.move(lines: 1)
    case .moveUp: return state.move(lines: -1)
    case .pageDown: return state.move(pages: 1)
    case .pageUp: return state.move(pages: -1)
    case .halfPageDown: return state.move(halfPages: 1)
    case .halfPageUp: return state.move(halfPages: -1)
    case .moveToTop: return state.moveToEnd(bottom: false)
    case .moveToBottom: return state.moveToEnd(bottom: true)
    case .scroll(let lines, let x, let y): return state.scroll(lines: lines, x: x, y: y)
    case .click(let x, let y): return state.click(x: x, y: y)

    // MARK: Reading
    case .openSelected: return state.openSelected()
    case .back:
        if state.filter.prompt != nil { return state.cancelFilter() }
        state.focus = .list
        return []
    case .backOrQuit:
        if state.focus == .reader {
            state.focus = .list
            return []
        }
        return state.quit()
    case .pageOrNextUnread: return state.pageOrNextUnread()
    case .nextArticle: return state.step(by: 1)
    case .previousArticle: return state.step(by: -1)
    case .nextUnread: return state.nextUnread()

    // MARK: Marks
    case .toggleStar: return state.toggleMark(.starred)
    case .toggleRead: return state.toggleMark(.read)
    case .openSource: return state.openSource()

    // MARK: View
    case .toggleLayout:
        state.layoutToggled.toggle()
        state.scrollSelectionIntoView()
        state.clampReaderScroll()
        return []
    case .toggleHelp:
        state.showsHelp = true
        return []
    case .cycleSort: return state.cycleSort()

    // MARK: Filter prompt
    case .startFilter: return state.startFilter()
    case .insertFilterText(let text): return state.editFilter { prompt in
        let index = prompt.text.index(prompt.text.startIndex, offsetBy: prompt.cursor)
        prompt.text.insert(contentsOf: text, at: index)
        prompt.cursor += text.count
    }
    case .deleteFilterBackward: return state.editFilter { prompt in
        guard prompt.cursor > 0 else { return }
        prompt.cursor -= 1
        prompt.text.remove(at: prompt.text.index(prompt.text.startIndex, offsetBy: prompt.cursor))
    }
    case .setFilterText(let text): return state.editFilter { prompt in
        prompt.text = text
        prompt.cursor = text.count
    }
    case .moveFilterCursor(let offset):
        if var prompt = state.filter.prompt {
            prompt.cursor = min(max(0, prompt.cursor + offset), prompt.text.count)
            state.filter.prompt = prompt
        }
        return []
    case .submitFilter: return state.submitFilter()
    case .cancelFilter: return state.cancelFilter()
    case .filterHistoryPrevious: return state.walkHistory(by: -1)
    case .filterHistoryNext: return state.walkHistory(by: 1)
    case .clearFilter: return state.clearFilter()

    // MARK: Results
    case .rowsLoaded(let query, let window): return state.rowsLoaded(query, window)
    case .countsLoaded(let filter, let counts):
        if filter == state.filter.listed {
            state.counts = counts
            state.countsFailed = false
        }
        return []
    case .countsFailed(let filter, let message):
        guard filter == state.filter.listed else { return [] }
        state.countsFailed = state.counts == nil
        state.message = StatusMessage("Could not count the articles: \(message)", isError: true)
        return []
    case .documentLoaded(let document):
        guard var reader = state.reader, reader.id == document.id else { return [] }
        if reader.document == nil { reader.scroll = 0 }
        reader.document = document
        reader.layout = nil
        reader.error = nil
        let opensSource = reader.opensSourceWhenLoaded
        reader.opensSourceWhenLoaded = false
        state.reader = reader
        state.clampReaderScroll()
        return opensSource ? state.openSource(of: document) : []
    case .documentFailed(let id, let message):
        guard state.reader?.id == id else { return [] }
        state.reader?.error = message
        state.message = StatusMessage("Could not open the article: \(message)", isError: true)
        return []
    case .filterRejected(let filter, let message, let column): return state.filterRejected(filter, message, column)
    case .markFailed(let id, let message):
        state.message = StatusMessage("Could not save the mark: \(message)", isError: true)
        var effects = state.reloadWindow()
        if state.reader?.id == id { effects.append(.loadDocument(id: id)) }
        return effects
    case .openFailed(let message):
        state.message = StatusMessage("Could not open the source: \(message)", isError: true)
        return []
    case .loadFailed(let message):
        state.list.pending = nil
        state.list.seekingUnread = false
        state.message = StatusMessage(message, isError: true)
        return []
    }
}

extension Action {
    /// Whether a person asked for this (as opposed to a result or a resize).
    var isIntent: Bool {
        switch self {
        case .start, .resize, .rowsLoaded, .countsLoaded, .countsFailed, .documentLoaded, .documentFailed,
             .filterRejected, .markFailed, .openFailed, .loadFailed:
            false
        default:
            true
        }
    }
}

extension AppState {
    /// Save the session and leave.
    mutating func quit() -> [Effect] {
        isQuitting = true
        return [.persistSession(session), .quit]
    }

    /// The layout for the current terminal size.
    var layout: Layout { Layout(self) }
}
