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
                paint: ReaderTrace.milliseconds(t2, t3), cells: terminal.lastPaintedCells
            )
        }
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
                if let result = runner.run(effect) { next += reduce(&state, result) }
            }
            effects = next
        }
    }

    private func paint() {
        terminal.paint(render(state, width: terminal.width, height: terminal.height))
    }
}
