import ReaderCore
import TerminalUI

/// The reader's main loop: keys in, actions reduced, effects run, frames painted.
///
/// Runs on the main actor with every curses call. It blocks in `nextKey` between keys (no CPU
/// when idle); keys already waiting are taken together so a burst of typing costs one load and
/// one frame.
@MainActor
final class ReaderLoop {
    private(set) var state: AppState
    private let terminal: Terminal
    private let runner: EffectRunner
    private let trace: ReaderTrace?
    private let keyMap = KeyMap.standard

    init(session: Session, terminal: Terminal, runner: EffectRunner, trace: ReaderTrace?) {
        self.state = AppState(session: session, width: terminal.width, height: terminal.height)
        self.terminal = terminal
        self.runner = runner
        self.trace = trace
    }

    /// Runs until the reader quits.
    func run() {
        let start = ReaderTrace.now()
        apply([.start])
        paint()
        trace?.launch(
            sinceReaderStart: ReaderTrace.milliseconds(start, ReaderTrace.now()),
            rows: state.list.rows.count, width: terminal.width, height: terminal.height
        )
        while !state.isQuitting {
            guard let first = terminal.nextKey(timeout: 1000) else {
                runner.opener.reapChildren()
                continue
            }
            var keys = [first]
            while keys.count < 64, let more = terminal.nextKey(timeout: 0) { keys.append(more) }

            let t0 = ReaderTrace.now()
            var actions: [Action] = []
            for key in keys {
                if key == .control("l") { terminal.invalidate() }
                if let action = keyMap.action(for: key, in: state) { actions.append(action) }
            }
            apply(actions)
            let t1 = ReaderTrace.now()
            let frame = render(state, width: terminal.width, height: terminal.height)
            let t2 = ReaderTrace.now()
            terminal.paint(frame)
            let t3 = ReaderTrace.now()
            trace?.key(
                keys,
                reduce: ReaderTrace.milliseconds(t0, t1), render: ReaderTrace.milliseconds(t1, t2),
                paint: ReaderTrace.milliseconds(t2, t3), cells: terminal.lastPaintedCells
            )
        }
    }

    /// Reduces the actions, then runs their effects (the loads coalesced) and reduces the
    /// results, until nothing is left to do.
    private func apply(_ actions: [Action]) {
        var effects: [Effect] = []
        for action in actions { effects += reduce(&state, action) }
        var rounds = 0
        while !effects.isEmpty && rounds < 16 {
            rounds += 1
            var next: [Effect] = []
            for effect in EffectRunner.coalesce(effects) {
                if let result = runner.run(effect) { next += reduce(&state, result) }
            }
            effects = next
        }
    }

    private func paint() {
        terminal.paint(render(state, width: terminal.width, height: terminal.height))
    }
}
