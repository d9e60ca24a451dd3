import ReaderCore
import TerminalUI

/// The reader's main loop: keys in, actions reduced, effects run, frames painted.
///
/// Runs on the main actor with every curses call. It blocks in `nextKey` between keys (no CPU
/// when idle); keys already waiting are taken together so a burst of typing costs one load and
/// one frame.
///
/// Window loads are kept off the keypress path where they can be: a load the frame does not
/// need (the reducer asking early, while the selected row is still loaded) waits until no key
/// is pending, and a load it does need first fetches only the rows around the selection, then
/// the whole window when the person pauses. The counts of a new filter (unread and starred
/// among its matches: the slow part for a common word) are taken after its rows are painted,
/// and cut short by a key that arrives meanwhile (taken again once the keys are handled). A new
/// filter's rows are not loaded at all while another key is already waiting (typing faster than
/// the list narrows): that key changes the filter again, or the load runs after it.
@MainActor
final class ReaderLoop {
    private(set) var state: AppState
    private let terminal: Terminal
    private let runner: EffectRunner
    private let trace: ReaderTrace?
    private let keyMap = KeyMap.standard
    /// Window loads postponed until no key is pending (the latest one only).
    private var deferred: RowQuery?
    /// The filter whose counts are to be taken once no key is pending (the latest one only).
    private var deferredCounts: String?
    /// The session to save once no key is pending.
    private var deferredSession: Session?
    /// The filter and sort of the rows on screen, to tell a prefetch from a needed load.
    private var shown: (filter: String, sort: Sort)?

    init(session: Session, terminal: Terminal, runner: EffectRunner, trace: ReaderTrace?) {
        self.state = AppState(session: session, width: terminal.width, height: terminal.height)
        self.terminal = terminal
        self.runner = runner
        self.trace = trace
    }

    /// How long (ms) a key wait lasts before the stop flag is looked at again, for a stop signal
    /// handled by another thread than this loop's (one that arrives on this thread cuts the wait
    /// short).
    static let stopCheckInterval: Int32 = 100

    /// Runs until the reader quits.
    func run() {
        let start = ReaderTrace.now()
        apply([.start])
        paint()
        trace?.launch(
            sinceReaderStart: ReaderTrace.milliseconds(start, ReaderTrace.now()),
            rows: state.list.rows.count, width: terminal.width, height: terminal.height
        )
        runDeferred()
        while !state.isQuitting {
            // Ctrl-C, SIGTERM, SIGHUP, or the terminal gone (its pty closed): quit as `q` would,
            // so the session is saved.
            if terminal.stopSignal != nil || terminal.isGone {
                apply([.quit])
                break
            }
            guard let first = terminal.nextKey(timeout: Self.stopCheckInterval) else {
                runner.opener.reapChildren()
                // Input with no key in it (a mouse release, F5) can cut a count short and leave
                // nothing to handle: the count is taken again here, not at some later key.
                runDeferred()
                continue
            }
            var keys = [first]
            while keys.count < 64, let more = terminal.nextKey(timeout: 0) { keys.append(more) }

            let batchStart = ReaderTrace.Stamp()
            let t0 = batchStart.wall
            var effects: [Effect] = []
            for key in keys {
                if key == .control("l") { terminal.invalidate() }
                // Each key is mapped in the state the previous one left (`/` opens the prompt
                // that the next letters type into); only the effects wait for the batch.
                if let action = keyMap.action(for: key, in: state) { effects += reduce(&state, action) }
            }
            run(effects)
            let t1 = ReaderTrace.now()
            let frame = render(state, width: terminal.width, height: terminal.height)
            let t2 = ReaderTrace.now()
            terminal.paint(frame)
            let t3 = ReaderTrace.now()
            trace?.key(
                keys,
                reduce: ReaderTrace.milliseconds(t0, t1), render: ReaderTrace.milliseconds(t1, t2),
                paint: ReaderTrace.milliseconds(t2, t3), cells: terminal.lastPaintedCells, since: batchStart
            )
            runDeferred()
        }
    }

    /// Runs the postponed work while no key is waiting, showing each result: rows the frame
    /// lacks (a new filter's, skipped while keys were waiting), then the counts, then the whole
    /// window; then saves the session if it changed.
    private func runDeferred() {
        defer {
            if let session = deferredSession, !terminal.hasPendingKey() {
                deferredSession = nil
                let start = ReaderTrace.Stamp()
                _ = runner.run(.persistSession(session))
                trace?.effect(.persistSession(session), since: start, idle: true)
            }
        }
        if let query = deferred, !isShown(query) { runDeferredRows() }
        if let filter = deferredCounts, !state.isQuitting, !terminal.hasPendingKey() {
            deferredCounts = nil
            if filter == state.filter.listed, let result = runCuttable(.loadCounts(filter: filter)) {
                run(reduce(&state, result))
                paint()
            }
        }
        runDeferredRows()
    }

    /// Runs the postponed window loads (a few at most) while no key is waiting.
    private func runDeferredRows() {
        var rounds = 0
        while let query = deferred, rounds < 4, !state.isQuitting, !terminal.hasPendingKey() {
            rounds += 1
            deferred = nil
            guard query.filter == state.filter.listed, query.sort == state.sort else { continue }
            let result: Action?
            if isShown(query) {
                // While typing a filter, the next letter makes this window moot: let it cut the load.
                result = runCuttable(.loadRows(query), cuttable: state.filter.prompt != nil)
            } else {
                // The frame needs these rows: only those around the selection now (the rest is
                // deferred again).
                let start = ReaderTrace.Stamp()
                result = loadRows(query)
                trace?.effect(.loadRows(query), since: start, idle: true)
            }
            if case .rowsLoaded(let query, _) = result { shown = (query.filter, query.sort) }
            if let result { run(reduce(&state, result)) }
            paint()
            if isShown(query), deferredCounts != nil { return }  // the counts come before the rest
        }
    }

    /// Runs background work that a key arriving meanwhile cuts short: then the key is handled at
    /// once and the work is postponed again (nil). Counts are always cuttable (up to tens of ms
    /// for a common word); a window load only while a filter is typed: it takes a few ms, and
    /// cutting it while `j` repeats would leave the rows ahead of the selection unloaded.
    private func runCuttable(_ effect: Effect, cuttable: Bool = true) -> Action? {
        let start = ReaderTrace.Stamp()
        guard cuttable, let interrupter = runner.library.interrupter else {
            let result = runner.run(effect)
            trace?.effect(effect, since: start, idle: true)
            return result
        }
        let (result, interrupted) = InputWatch.run(interrupt: interrupter) { runner.run(effect) }
        trace?.effect(effect, since: start, idle: true, interrupted: interrupted)
        let failed = switch result { case .loadFailed, .countsFailed, nil: true; default: false }
        guard interrupted, failed else { return result }
        switch effect {
        case .loadCounts(let filter): deferredCounts = filter
        case .loadRows(let query): deferred = query
        default: break
        }
        return nil
    }

    /// Whether `query` is for the filter and sort of the rows on screen.
    private func isShown(_ query: RowQuery) -> Bool {
        shown?.filter == query.filter && shown?.sort == query.sort
    }

    /// Reduces the actions, then runs their effects.
    private func apply(_ actions: [Action]) {
        var effects: [Effect] = []
        for action in actions { effects += reduce(&state, action) }
        run(effects)
    }

    /// Runs effects (the loads coalesced) and reduces their results, until nothing is left.
    private func run(_ effects: [Effect]) {
        var effects = effects
        var rounds = 0
        while !effects.isEmpty && rounds < 16 {
            rounds += 1
            var next: [Effect] = []
            for effect in EffectRunner.coalesce(effects) {
                let start = ReaderTrace.Stamp()
                let result: Action?
                if case .loadRows(let query) = effect {
                    guard let answer = loadRows(query) else { continue }
                    result = answer
                } else if case .persistSession(let session) = effect, !state.isQuitting {
                    deferredSession = session  // a file write has no place in a keypress
                    continue
                } else if case .loadCounts(let filter) = effect {
                    deferredCounts = filter  // after the rows are painted
                    continue
                } else {
                    result = runner.run(effect)
                }
                trace?.effect(effect, since: start)
                if case .rowsLoaded(let query, _) = result { shown = (query.filter, query.sort) }
                if let result { next += reduce(&state, result) }
            }
            effects = next
        }
    }

    /// A window load now (only the rows around the selection, the rest postponed), or nil when
    /// the whole load can wait because the frame already has its rows.
    private func loadRows(_ query: RowQuery) -> Action? {
        let radius = max(terminal.height, 8)
        let isPrefetch = query.anchor == nil && state.list.selectedRow != nil && isShown(query)
        // A new filter typed over by a key already waiting, or a prefetch: later, if at all.
        if isPrefetch || (!isShown(query) && terminal.hasPendingKey()) {
            deferred = query
            return nil
        }
        guard query.limit > 2 * radius else {
            deferred = nil
            return runner.run(.loadRows(query))
        }
        deferred = query
        return runner.rowsAround(query, focus: state.list.selected, radius: radius)
    }

    private func paint() {
        terminal.paint(render(state, width: terminal.width, height: terminal.height))
    }
}
