/// Why the terminal could not be opened for the reader.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, a cron job).
    case notATerminal
    /// `TERM` is unset or `dumb`: no way to move the cursor.
    case unsupportedTerminal(term: String?)
    /// curses could not set up the terminal described by `TERM`.
    case cannotOpen(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "folio needs a terminal; try `folio list`"
        case .unsupportedTerminal(let term):
            let name = term.map { "TERM=\($0)" } ?? "TERM is unset"
            return "folio needs a terminal; try `folio list` (\(name): set TERM to your terminal's type, e.g. xterm-256color)"
        case .cannotOpen(let term):
            return "folio needs a terminal; try `folio list` (curses cannot drive TERM=\(term); check TERM or install its terminfo entry)"
        }
    }
}
