/// Applies one action to the state and returns the work to do next; never does I/O.
///
/// Intents change the state at once (optimistically for marks) and ask for loads; results
/// fill the state in. An intent while the help overlay is up only closes it.
///
/// ```swift
/// var state = AppState(session: saved, width: 80, height: 24)
/// for effect in reduce(&state, .start) { runner.run(effect) }
/// ```
@discardableResult
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .start:
        return [.loadRows(state.windowQuery(around: 0)), .loadCounts(filter: state.filter.listed)]
    case .resize(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        return []
    case .quit:
        state.isQuitting = true
        return [.persistSession(state.session), .quit]
    default:
        return []
    }
}

extension AppState {
    /// A request for the window of rows centred on `index`, anchored on the pending selection.
    func windowQuery(around index: Int) -> RowQuery {
        let offset = max(0, index - ListState.windowSize / 2)
        return RowQuery(
            filter: filter.listed, sort: sort, offset: offset,
            limit: ListState.windowSize, anchor: list.anchor
        )
    }
}
