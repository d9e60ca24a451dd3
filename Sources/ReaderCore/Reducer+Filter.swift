// The `/` prompt with live narrowing, its history, `c` and `o`.

extension AppState {
    // MARK: - Prompt

    /// `/`: opens the prompt on the current filter; the list stays visible to narrow live.
    mutating func startFilter() -> [Effect] {
        filter.prompt = FilterState.Prompt(text: filter.listed, before: filter.listed, selectedBefore: list.selectedRow?.id)
        if layout.list == nil { focus = .list }
        return []
    }

    /// Edits the prompt text, then narrows the list to it at once.
    mutating func editFilter(_ edit: (inout FilterState.Prompt) -> Void) -> [Effect] {
        guard var prompt = filter.prompt else { return [] }
        edit(&prompt)
        prompt.historyIndex = nil
        prompt.typed = prompt.text
        filter.prompt = prompt
        return narrow(to: prompt.text)
    }

    /// Shows the list for `text` (live, while typing or walking the history).
    mutating func narrow(to text: String) -> [Effect] {
        guard text != filter.listed else { return [] }
        return showFilter(text, anchor: nil)
    }

    /// `Enter`: keeps the filter, remembers it, and saves the session.
    mutating func submitFilter() -> [Effect] {
        guard let prompt = filter.prompt else { return [] }
        if let error = filter.error, error.filter == prompt.text {
            message = StatusMessage(error.message, isError: true)
            return []
        }
        filter.prompt = nil
        remember(prompt.text)
        return [.persistSession(session)]
    }

    /// `Esc`: closes the prompt and brings back the filter and selection from before `/`.
    mutating func cancelFilter() -> [Effect] {
        guard let prompt = filter.prompt else { return [] }
        filter.prompt = nil
        filter.error = nil
        guard filter.listed != prompt.before else { return [] }
        return showFilter(prompt.before, anchor: prompt.selectedBefore)
    }

    /// `↑`/`↓`: the previous or next submitted filter, then back to what was typed.
    mutating func walkHistory(by step: Int) -> [Effect] {
        guard var prompt = filter.prompt, !filter.history.isEmpty else { return [] }
        let count = filter.history.count
        let index = (prompt.historyIndex ?? count) + step
        if index >= count {
            prompt.historyIndex = nil
            prompt.text = prompt.typed
        } else {
            prompt.historyIndex = max(0, index)
            prompt.text = filter.history[max(0, index)]
        }
        prompt.cursor = prompt.text.count
        filter.prompt = prompt
        return narrow(to: prompt.text)
    }

    /// Adds a submitted filter to the end of the history, without duplicates.
    mutating func remember(_ text: String) {
        guard !text.allSatisfy(\.isWhitespace) else { return }
        filter.history.removeAll { $0 == text }
        filter.history.append(text)
        if filter.history.count > Session.historyLimit {
            filter.history.removeFirst(filter.history.count - Session.historyLimit)
        }
    }

    /// `c`: shows every article again, keeping the selection.
    mutating func clearFilter() -> [Effect] {
        guard !filter.listed.isEmpty || filter.error != nil else { return [] }
        var effects = showFilter("", anchor: list.anchor ?? list.selectedRow?.id)
        effects.append(.persistSession(session))
        message = StatusMessage("Filter cleared.")
        return effects
    }

    /// The runner could not parse `text`: say where, keep the rows that were showing.
    mutating func filterRejected(_ text: String, _ reason: String, _ column: Int?) -> [Effect] {
        guard text == filter.listed else { return [] }
        list.pending = nil
        if filter.prompt != nil {
            filter.error = FilterState.Rejection(filter: text, message: reason, column: column)
            return []
        }
        // A saved filter that no longer parses: drop it rather than show an empty reader.
        message = StatusMessage("Filter “\(text)” dropped: \(reason)", isError: true)
        return showFilter("", anchor: list.anchor)
    }

    // MARK: - Sort

    /// `o`: the next sort order, keeping the selected article selected (the counts stay).
    mutating func cycleSort() -> [Effect] {
        sort = sort.next
        // An anchor still on its way (a restored session before its window) is the selection.
        var effects = restartList(anchor: list.anchor ?? list.selectedRow?.id)
        effects.append(.persistSession(session))
        return effects
    }
}
