import ReaderCore

/// Runs ReaderCore's effects against the library and the OS, and answers with result actions.
///
/// Marks are written at once; loads run synchronously (each is one indexed query). When several
/// keys arrive together (typing fast in the filter prompt), `coalesce` keeps only the last load of
/// each kind: the reducer drops answers for a filter it no longer shows anyway.
@MainActor
struct EffectRunner {
    let library: ReaderLibrary
    let opener: SourceOpener
    let sessions: SessionFile?

    /// Runs one effect; returns the action that reports its outcome, if any.
    func run(_ effect: Effect) -> Action? {
        switch effect {
        case .loadRows(let query):
            do {
                return .rowsLoaded(query, try library.rows(query))
            } catch ReaderLibraryError.badFilter(let message, let column) {
                return .filterRejected(filter: query.filter, message: message, column: column)
            } catch {
                return .loadFailed(message: "\(error)")
            }
        case .loadCounts(let filter):
            do {
                return .countsLoaded(filter: filter, try library.counts(filter: filter))
            } catch ReaderLibraryError.badFilter {
                return nil
            } catch {
                return .countsFailed(filter: filter, message: "\(error)")
            }
        case .loadDocument(let id):
            do {
                return .documentLoaded(try library.document(id: id))
            } catch {
                return .documentFailed(id: id, message: "\(error)")
            }
        case .setRead(let id, let read):
            do { try library.setRead(id: id, read) } catch { return .markFailed(id: id, message: "\(error)") }
            return nil
        case .setStarred(let id, let starred):
            do { try library.setStarred(id: id, starred) } catch { return .markFailed(id: id, message: "\(error)") }
            return nil
        case .openSource(let location):
            do { try opener.open(location) } catch { return .openFailed(message: "\(error)") }
            return nil
        case .persistSession(let session):
            sessions?.save(session)
            return nil
        case .quit:
            return nil
        }
    }

    /// Answers a window request with just the rows a frame needs (see `ReaderLibrary`).
    func rowsAround(_ query: RowQuery, focus: Int, radius: Int) -> Action {
        do {
            return .rowsLoaded(query, try library.rows(query, around: focus, radius: radius))
        } catch ReaderLibraryError.badFilter(let message, let column) {
            return .filterRejected(filter: query.filter, message: message, column: column)
        } catch {
            return .loadFailed(message: "\(error)")
        }
    }

    /// The effects worth running from a batch: superseded loads of the same kind are dropped,
    /// everything else (marks, opening, saving) kept in order.
    nonisolated static func coalesce(_ effects: [Effect]) -> [Effect] {
        let lastRows = effects.lastIndex { if case .loadRows = $0 { true } else { false } }
        let lastCounts = effects.lastIndex { if case .loadCounts = $0 { true } else { false } }
        return effects.enumerated().compactMap { index, effect in
            switch effect {
            case .loadRows: return index == lastRows ? effect : nil
            case .loadCounts: return index == lastCounts ? effect : nil
            default: return effect
            }
        }
    }
}
