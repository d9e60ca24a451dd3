/// The bottom line: counts, sort and filter on the left; a message or the reading position on
/// the right. While `/` is open it becomes the filter prompt, with the match count or the
/// reason the filter does not parse.
public struct StatusLine: Widget {
    public var state: AppState

    public init(state: AppState) {
        self.state = state
    }

    public static let barStyle = Screen.Style([.reverse], .status)
    public static let errorStyle = Screen.Style([.reverse, .bold], .error)

    public func render(into screen: inout Screen, in area: Rect) {
        guard !area.isEmpty else { return }
        screen.fill(area, style: Self.barStyle)
        if let prompt = state.filter.prompt {
            renderPrompt(prompt, into: &screen, in: area)
            return
        }
        var left = Self.countsText(state.counts)
            ?? state.list.total(for: state.filter.listed).map {
                "\(Self.articlesText($0)) · \(state.countsFailed ? "counts unknown" : "counting…")"
            }
            ?? "Loading…"
        left += " · \(state.sort.label)"
        if !state.filter.listed.isEmpty { left += " · filter: \(state.filter.listed)" }
        let right: (String, Screen.Style)?
        if let message = state.message {
            right = (message.text, message.isError ? Self.errorStyle : Self.barStyle)
        } else if let position = readingPosition {
            right = (position, Self.barStyle)
        } else {
            right = nil
        }
        let rightWidth = right.map { min(DisplayWidth.of($0.0), area.width * 2 / 3) } ?? 0
        let leftRoom = area.width - 2 - (rightWidth > 0 ? rightWidth + 2 : 0)
        screen.write(DisplayWidth.truncate(left, to: leftRoom), x: area.x + 1, y: area.y, width: leftRoom, style: Self.barStyle)
        if let (text, style) = right, rightWidth > 0 {
            let cut = DisplayWidth.truncate(text, to: rightWidth)
            screen.write(cut, x: area.maxX - 1 - DisplayWidth.of(cut), y: area.y, width: rightWidth, style: style)
        }
    }

    func renderPrompt(_ prompt: FilterState.Prompt, into screen: inout Screen, in area: Rect) {
        let rejection = state.filter.error.flatMap { $0.filter == prompt.text ? $0 : nil }
        let matching = state.counts?.total ?? state.list.total(for: prompt.text)
        let right = rejection.map { $0.message } ?? matching.map { "\(Self.grouped($0)) matching" } ?? ""
        let rightWidth = min(DisplayWidth.of(right), area.width / 2)
        let room = max(1, area.width - 2 - (rightWidth > 0 ? rightWidth + 2 : 0))
        // Keep the cursor visible: show the end of a text longer than the room.
        let characters = Array(prompt.text)
        var first = 0
        while DisplayWidth.of(String(characters[first..<prompt.cursor])) > room - 1 { first += 1 }
        let x0 = area.x + 1
        screen.write("/", x: area.x, y: area.y, width: 1, style: Screen.Style([.reverse, .bold], .status))
        var x = x0
        for (i, character) in characters.enumerated() where i >= first {
            let isBad = rejection?.column == i
            let style = isBad ? Screen.Style([.reverse, .underline, .bold], .error) : Self.barStyle
            let w = screen.write(String(character), x: x, y: area.y, width: x0 + room - x, style: style)
            if w == 0 && DisplayWidth.of(character) > 0 { break }
            x += w
        }
        let cursorX = x0 + DisplayWidth.of(String(characters[first..<prompt.cursor]))
        screen.cursor = Screen.Position(x: min(cursorX, area.maxX - 1), y: area.y)
        if let column = rejection?.column, column >= characters.count {
            screen.put(Screen.Cell(" ", Screen.Style([.reverse, .underline, .bold], .error)), x: min(cursorX, area.maxX - 1), y: area.y)
        }
        if rightWidth > 0 {
            let cut = DisplayWidth.truncate(right, to: rightWidth)
            screen.write(cut, x: area.maxX - 1 - DisplayWidth.of(cut), y: area.y, width: rightWidth,
                         style: rejection != nil ? Self.errorStyle : Self.barStyle)
        }
    }

    /// "Top", "Bot", "All" or a percentage, while an article has the focus.
    var readingPosition: String? {
        guard state.focus == .reader, let reader = state.reader, reader.document != nil else { return nil }
        let maxScroll = state.maxReaderScroll
        if maxScroll == 0 { return "All" }
        if reader.scroll == 0 { return "Top" }
        if reader.scroll >= maxScroll { return "Bot" }
        return "\(reader.scroll * 100 / maxScroll)%"
    }

    /// "1,204 articles · 312 unread · 14 starred".
    public static func countsText(_ counts: LibraryCounts?) -> String? {
        guard let counts else { return nil }
        return "\(articlesText(counts.total)) · \(grouped(counts.unread)) unread · \(grouped(counts.starred)) starred"
    }

    /// "1,204 articles", "1 article".
    static func articlesText(_ total: Int) -> String {
        "\(grouped(total)) \(total == 1 ? "article" : "articles")"
    }

    /// 1204 → "1,204", independent of the locale.
    public static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return n < 0 ? "-" + out : out
    }
}
