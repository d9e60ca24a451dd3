/// A key press, resize or mouse event as `TerminalUI` reports it, free of curses codes.
///
/// `TerminalUI` turns what `wget_wch` returns into a `Key`; ``KeyMap`` turns a `Key` into an
/// ``Action``. Nothing else in `ReaderCore` looks at keys.
///
/// ```swift
/// .character("j")            // a printable character (any grapheme, CJK included)
/// .control("d")              // Ctrl-D: always a lowercase ASCII letter
/// .resize(width: 132, height: 40)
/// .mouse(.click(x: 3, y: 7)) // zero-based cell coordinates
/// ```
public enum Key: Hashable, Sendable {
    /// A printable character typed as is (shift already applied: `G`, `?`, `中`).
    case character(Character)
    /// A control chord, named by its lowercase letter: Ctrl-D is `.control("d")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown
    case home, end
    case enter
    case escape
    case backspace
    case tab
    /// The terminal changed size; the reducer re-lays out at once.
    case resize(width: Int, height: Int)
    /// A mouse wheel step or click, at zero-based cell coordinates.
    case mouse(Mouse)

    /// A mouse event at a cell (column `x`, row `y`, both from zero).
    public enum Mouse: Hashable, Sendable {
        case wheelUp(x: Int, y: Int)
        case wheelDown(x: Int, y: Int)
        case click(x: Int, y: Int)
    }

    /// How the help overlay names the key: `j`, `Ctrl-d`, `↓`, `PgDn`, `Enter`.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .resize: "resize"
        case .mouse(.wheelUp): "wheel up"
        case .mouse(.wheelDown): "wheel down"
        case .mouse(.click): "click"
        }
    }
}
