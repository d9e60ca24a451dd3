/// The article list: markers, date, section or site, and the title, one article per row.
///
/// Draws the rows from `list.top` that are in the loaded window; a row not loaded yet shows `…`.
/// Columns: `★` starred, `•` unread, the ISO date, the section (or site) on wide lists, and the
/// title truncated with `…` by display width. The selected row is reversed.
public struct ArticleList: Widget {
    public var list: ListState
    /// The filter in force, for the "no match" message.
    public var filter: String
    public var isFocused: Bool

    public init(list: ListState, filter: String, isFocused: Bool) {
        self.list = list
        self.filter = filter
        self.isFocused = isFocused
    }

    public static let starredStyle = Screen.Style([], .starred)
    public static let unreadStyle = Screen.Style([.bold], .unread)
    public static let selectedStyle = Screen.Style([.reverse], .selection)
    /// The selection while the reading pane has the focus: still visible, quieter.
    public static let unfocusedSelectedStyle = Screen.Style([.reverse, .dim], .selection)
    public static let mutedStyle = Screen.Style([], .muted)

    public func render(into screen: inout Screen, in area: Rect) {
        guard !area.isEmpty else { return }
        guard let total = list.total else {
            screen.write("Loading…", x: area.x + 1, y: area.y, width: area.width - 1, style: Self.mutedStyle)
            return
        }
        guard total > 0 else {
            let lines = filter.isEmpty
                ? ["No articles."]
                : ["No articles match “\(filter)”.", "", "Press c to clear the filter, or / to change it."]
            for (i, line) in lines.enumerated() where i < area.height {
                screen.write(line, x: area.x + 1, y: area.y + i, width: area.width - 1, style: Self.mutedStyle)
            }
            return
        }
        let sourceWidth = area.width >= 70 ? min(18, area.width / 6) : 0
        for r in 0..<area.height {
            let index = list.top + r
            guard index < total else { break }
            let y = area.y + r
            let isSelected = index == list.selected
            let selection = isFocused ? Self.selectedStyle : Self.unfocusedSelectedStyle
            if isSelected { screen.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: selection) }
            guard let row = list.row(at: index) else {
                screen.write("  …", x: area.x, y: y, width: area.width, style: isSelected ? selection : Self.mutedStyle)
                continue
            }
            drawRow(row, into: &screen, x: area.x, y: y, width: area.width, sourceWidth: sourceWidth, selected: isSelected)
        }
    }

    func drawRow(_ row: ArticleRow, into screen: inout Screen, x: Int, y: Int, width: Int, sourceWidth: Int, selected: Bool) {
        func style(_ base: Screen.Style) -> Screen.Style {
            guard selected else { return base }
            let selection = isFocused ? Self.selectedStyle : Self.unfocusedSelectedStyle
            return Screen.Style(base.attributes.union(selection.attributes), .selection)
        }
        var column = x
        let end = x + width
        column += screen.write(row.isStarred ? "★" : " ", x: column, y: y, width: end - column, style: style(Self.starredStyle))
        column += screen.write(row.isRead ? " " : "•", x: column, y: y, width: end - column, style: style(Self.unreadStyle))
        column += 1
        column += screen.write(DisplayWidth.fit(row.date ?? "", to: 10), x: column, y: y, width: end - column, style: style(Self.mutedStyle))
        column += 2
        if sourceWidth > 0 {
            let source = row.section ?? row.site ?? ""
            column += screen.write(DisplayWidth.fit(source, to: sourceWidth), x: column, y: y, width: end - column, style: style(Self.mutedStyle))
            column += 2
        }
        let room = end - column - 1
        guard room > 0 else { return }
        let titleStyle = row.isRead ? Screen.Style.plain : Screen.Style([.bold], .normal)
        screen.write(DisplayWidth.truncate(row.title, to: room), x: column, y: y, width: room, style: style(titleStyle))
    }
}
