import CNcursesw
import ReaderCore

/// Paints `Screen` frames on the curses window, touching only the cells that changed.
///
/// The painter keeps the last frame it painted; `ScreenDiff` says which spans differ, and only
/// those are written before one `doupdate`. Every grapheme passes through `terminalSafe` first,
/// so a control character that slipped past the extractor can never reach the terminal.
@MainActor
final class Painter {
    private let palette: Palette
    private var previous: Screen?
    /// Cells written by the last `paint`, for tests and the trace.
    private(set) var lastPaintedCells = 0

    init(palette: Palette) {
        self.palette = palette
    }

    /// Forgets the last frame so the next `paint` redraws everything (resize, Ctrl-L).
    func invalidate() {
        previous = nil
    }

    func paint(_ screen: Screen) {
        let window = nc_stdscr()
        let diff = ScreenDiff(from: previous, to: screen)
        if diff.isFull {
            werase(window)
            clearok(window, true)
        }
        for span in diff.spans {
            var x = span.x
            while x < span.end {
                let cell = screen[x, span.y]
                if !cell.isContinuation {
                    let wide = x + 1 < screen.width && screen[x + 1, span.y].isContinuation
                    put(cell, wide: wide, y: span.y, x: x, window: window)
                }
                x += 1
            }
        }
        lastPaintedCells = diff.cellCount
        if let cursor = screen.cursor, cursor.x < screen.width, cursor.y < screen.height {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        previous = screen
    }

    private func put(_ cell: Screen.Cell, wide: Bool, y: Int, x: Int, window: UnsafeMutablePointer<WINDOW>?) {
        var characters = Self.terminalSafe(cell.grapheme)
        // A two-column character without room for its right half would push the rest of the
        // row along; a one-column stand-in keeps the columns where ReaderCore put them.
        if !wide, let first = characters.first, wcwidth(first) > 1 {
            characters = [0x20, 0]
        }
        let (attributes, pair) = palette.resolve(cell.style)
        var cc = cchar_t()
        if setcchar(&cc, characters, attributes, pair, nil) != OK {
            setcchar(&cc, [0xFFFD, 0], attributes, pair, nil)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &cc)
    }

    /// The grapheme as a NUL-terminated `wchar_t` string curses accepts: control characters
    /// (C0, DEL, C1) become U+FFFD and the cluster is cut to what a `cchar_t` holds.
    nonisolated static func terminalSafe(_ grapheme: String) -> [wchar_t] {
        var out: [wchar_t] = []
        for scalar in grapheme.unicodeScalars {
            if out.count == Int(CCHARW_MAX) - 1 { break }
            let v = scalar.value
            let isControl = v < 0x20 || (0x7F...0x9F).contains(v)
            out.append(wchar_t(bitPattern: isControl ? 0xFFFD : v))
        }
        if out.isEmpty { out.append(0x20) }
        out.append(0)
        return out
    }
}
