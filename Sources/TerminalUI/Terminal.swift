import CNcursesw
import ReaderCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal in curses mode: opened safely, painted by frame, read by key, always restored.
///
/// `open` refuses what would leave a person with a broken shell: no terminal on stdin/stdout,
/// `TERM` unset or `dumb`, or a terminal that cannot address the cursor. While open, SIGINT,
/// SIGTERM and SIGHUP only set ``stopSignal`` (the caller quits as it would on `q`, then may die of
/// that signal with ``dieOf(signal:)``); crash signals leave curses mode before the process dies;
/// ncurses' own SIGTSTP handling suspends on Ctrl-Z and repaints on `fg`. A terminal that goes
/// away (its pty closed, with or without a SIGHUP) sets ``isGone``: the caller quits then too,
/// rather than read an endless end of file. Call `close()` on every way out (`defer`); it is
/// idempotent.
///
/// ```swift
/// let terminal = try Terminal.open(environment: ProcessInfo.processInfo.environment)
/// defer { terminal.close() }
/// terminal.paint(render(state, width: terminal.width, height: terminal.height))
/// ```
@MainActor
public final class Terminal {
    /// Current size in cells; updated when a resize event is read.
    public private(set) var width: Int
    public private(set) var height: Int
    /// False under `NO_COLOR` or on a monochrome terminal.
    public let usesColor: Bool

    private var screen: OpaquePointer?
    /// Keys read by `hasPendingKey` and not yet handed out.
    private var pushedBack: [Key] = []
    private let painter: Painter
    private let savedSignals: StopSignals.Saved
    /// Key waits in a row that returned ERR well before their timeout.
    private var instantFailures = 0

    // MARK: - Opening and closing

    /// Puts the terminal in curses mode.
    ///
    /// - Parameter environment: the process environment (`TERM`, `NO_COLOR`).
    /// - Throws: `TerminalError` when there is no usable terminal; the terminal is untouched then.
    public static func open(environment: [String: String]) throws(TerminalError) -> Terminal {
        try check(environment: environment)
        let term = environment["TERM"] ?? ""
        useUTF8Locale()

        let saved = StopSignals.allocateSaved()
        StopSignals.install(saving: saved)
        guard let screen = newterm(nil, nc_stdout(), nc_stdin()) else {
            StopSignals.restore(saved)
            saved.deallocate()
            throw .cannotOpen(term: term)
        }
        guard nc_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            StopSignals.restore(saved)
            saved.deallocate()
            throw .unsupportedTerminal(term: term)
        }

        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        var usesColor = false
        if !noColor && has_colors() {
            usesColor = start_color() == OK
            if usesColor { use_default_colors() }
        }
        let window = nc_stdscr()
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(25)
        leaveok(window, false)
        curs_set(0)
        mousemask(nc_BUTTON1_PRESSED() | nc_BUTTON4_PRESSED() | nc_BUTTON5_PRESSED(), nil)
        mouseinterval(0)
        return Terminal(screen: screen, usesColor: usesColor, saved: saved)
    }

    /// Throws what `open` would for a missing or unusable terminal, without touching it: lets a
    /// command fail before doing slow work (the demo's import) it would throw away.
    public nonisolated static func check(environment: [String: String]) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw .unsupportedTerminal(term: term.isEmpty ? nil : term)
        }
    }

    private init(screen: OpaquePointer, usesColor: Bool, saved: StopSignals.Saved) {
        self.screen = screen
        self.usesColor = usesColor
        self.painter = Painter(palette: Palette(usesColor: usesColor))
        self.savedSignals = saved
        let window = nc_stdscr()
        width = Int(getmaxx(window))
        height = Int(getmaxy(window))
    }

    /// Leaves curses mode and gives the terminal back as it was. Safe to call twice.
    public func close() {
        guard let screen else { return }
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
        self.screen = nil
        StopSignals.restore(savedSignals)
        savedSignals.deallocate()
    }

    /// SIGINT, SIGTERM or SIGHUP received while open: the caller should quit (saving what it
    /// keeps), `close()`, then ``dieOf(signal:)`` so the shell sees why it ended. Stays set after
    /// `close()`.
    public var stopSignal: Int32? { StopSignals.pending }

    /// True once the terminal has hung up (its pty closed): no key will ever come, and each read
    /// would fail at once. Stays set.
    public private(set) var isGone = false

    /// Ends the process as `signal` would have (exit status 128 + signal in a shell), for after
    /// `close()` once a ``stopSignal`` was handled.
    public nonisolated static func dieOf(signal number: Int32) -> Never {
        signal(number, SIG_DFL)
        // The thread may block it (Swift's runtime threads do, and so may a careless parent).
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, number)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        raise(number)
        exit(128 + number)
    }

    /// `LC_ALL` from the environment, or `C.UTF-8` for characters when that is not UTF-8:
    /// otherwise ncursesw prints CJK and emoji as escapes.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        if nc_codeset_is_utf8() == 0 {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    // MARK: - Painting

    /// Paints a frame; only cells that differ from the last frame are written.
    public func paint(_ frame: Screen) {
        guard screen != nil else { return }
        painter.paint(frame)
    }

    /// Makes the next `paint` redraw every cell (after Ctrl-L or anything that dirtied the screen).
    public func invalidate() {
        painter.invalidate()
    }

    /// Cells written by the last `paint`.
    public var lastPaintedCells: Int { painter.lastPaintedCells }

    // MARK: - Input

    /// Waits up to `timeout` milliseconds (negative: forever) for the next key.
    ///
    /// Returns nil on timeout or for a key the reader has no use for. A resize updates
    /// `width`/`height`, forces a full repaint and comes back as `.resize`.
    public func nextKey(timeout milliseconds: Int32) -> Key? {
        if !pushedBack.isEmpty { return pushedBack.removeFirst() }
        return readKey(timeout: milliseconds)
    }

    /// Whether a key is already waiting (it stays queued for `nextKey`): lets the caller do
    /// background work only while the person is not typing.
    public func hasPendingKey() -> Bool {
        if !pushedBack.isEmpty { return true }
        guard let key = readKey(timeout: 0) else { return false }
        pushedBack.append(key)
        return true
    }

    private func readKey(timeout milliseconds: Int32) -> Key? {
        guard screen != nil else { return nil }
        let window = nc_stdscr()
        wtimeout(window, milliseconds)
        var code: wint_t = 0
        let start = milliseconds > 0 ? Self.monotonicMilliseconds() : 0
        let status = wget_wch(window, &code)
        if status != ERR { instantFailures = 0 }
        switch status {
        case OK:
            return KeyDecoder.character(UInt32(code))
        case KEY_CODE_YES:
            let key = Int32(code)
            if key == KEY_RESIZE {
                width = Int(getmaxx(window))
                height = Int(getmaxy(window))
                painter.invalidate()
                return .resize(width: width, height: height)
            }
            if key == KEY_MOUSE {
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                return KeyDecoder.mouse(buttons: event.bstate, x: Int(event.x), y: Int(event.y))
            }
            return KeyDecoder.functionKey(key)
        default:
            // ERR: the wait timed out, a signal cut it short, or there is no terminal left to
            // read (a hung-up pty reads as end of file at once, forever).
            if milliseconds > 0 {
                if Self.inputHungUp() { isGone = true }
                // Whatever the platform reports: a wait that keeps failing at once is no wait.
                let instant = Self.monotonicMilliseconds() - start < Double(milliseconds) / 2
                instantFailures = instant ? instantFailures + 1 : 0
                if instantFailures >= Self.instantFailureLimit { isGone = true }
            }
            return nil
        }
    }

    /// Waits in a row that failed at once (no key, no timeout); at this many the terminal is gone.
    static let instantFailureLimit = 50

    private static func monotonicMilliseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1_000_000
    }

    /// Whether standard input reports a hang-up or an error (checked without waiting).
    private static func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
