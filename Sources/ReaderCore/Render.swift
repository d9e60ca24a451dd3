/// Draws the whole reader for a terminal of `width` × `height` cells.
///
/// Pure: the same state and size always give the same screen. `TerminalUI` paints the result,
/// comparing it with the previous frame. Below 40×8 the screen holds one line, "terminal too
/// small". An empty library (no filter) shows a welcome that says how to import.
public func render(_ state: AppState, width: Int, height: Int) -> Screen {
    var screen = Screen(width: width, height: height)
    let layout = Layout(state, width: width, height: height)
    guard !layout.isTooSmall else {
        if height > 0 {
            screen.write(DisplayWidth.truncate("terminal too small", to: width), x: 0, y: 0, width: width,
                         style: Screen.Style([.bold], .error))
        }
        return screen
    }
    let body = Rect(x: 0, y: 0, width: width, height: height - 1)
    if state.isEmptyLibrary {
        Welcome().render(into: &screen, in: body)
    } else {
        if let list = layout.list {
            ArticleList(list: state.list, filter: state.filter.listed, isFocused: state.focus == .list)
                .render(into: &screen, in: list)
        }
        if let divider = layout.divider {
            let line = divider.width == 1 ? "│" : String(repeating: "─", count: divider.width)
            for y in divider.y..<divider.maxY {
                screen.write(line, x: divider.x, y: y, width: divider.width, style: Screen.Style([], .muted))
            }
        }
        if let pane = layout.pane {
            ReadingPane(reader: state.reader).render(into: &screen, in: pane)
        }
    }
    StatusLine(state: state).render(into: &screen, in: layout.status)
    if state.showsHelp {
        HelpOverlay().render(into: &screen, in: body)
    }
    return screen
}

extension AppState {
    /// Nothing imported yet: the list loaded, empty, with no filter narrowing it.
    var isEmptyLibrary: Bool {
        list.total == 0 && filter.listed.isEmpty && filter.prompt == nil
    }
}

/// The first screen of an empty library: how to import pages, and the samples.
public struct Welcome: Widget {
    public init() {}

    static let lines: [(String, Screen.Style)] = [
        ("Welcome to Folio", Screen.Style([.bold], .heading)),
        ("", .plain),
        ("Your library is empty. Import saved pages with", .plain),
        ("", .plain),
        ("    folio import PATH", Screen.Style([.bold], .accent)),
        ("", .plain),
        ("(a saved page, or a folder of them), or try", .plain),
        ("the bundled samples in a throwaway library:", .plain),
        ("", .plain),
        ("    folio demo", Screen.Style([.bold], .accent)),
        ("", .plain),
        ("Press q to quit, ? for keys.", Screen.Style([], .muted)),
    ]

    public func render(into screen: inout Screen, in area: Rect) {
        let blockWidth = min(area.width - 2, Self.lines.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let x = area.x + max(1, (area.width - blockWidth) / 2)
        let y = area.y + max(0, (area.height - Self.lines.count) / 2)
        for (i, (text, style)) in Self.lines.enumerated() where y + i < area.maxY {
            screen.write(text, x: x, y: y + i, width: area.maxX - x, style: style)
        }
    }
}
