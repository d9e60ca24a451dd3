/// The reading pane: the open article's lines from its scroll position, centred at a
/// comfortable measure.
public struct ReadingPane: Widget {
    public var reader: ReaderState?

    public init(reader: ReaderState?) {
        self.reader = reader
    }

    public func render(into screen: inout Screen, in area: Rect) {
        guard !area.isEmpty else { return }
        let muted = Screen.Style([], .muted)
        guard let reader else {
            screen.write("Press Enter to read the selected article.", x: area.x + 1, y: area.y, width: area.width - 1, style: muted)
            return
        }
        guard let document = reader.document else {
            if let error = reader.error {
                screen.write("Could not open this article.", x: area.x + 1, y: area.y, width: area.width - 1, style: Screen.Style([.bold], .error))
                screen.write(error, x: area.x + 1, y: area.y + 1, width: area.width - 1, style: muted)
            } else {
                screen.write("Loading…", x: area.x + 1, y: area.y, width: area.width - 1, style: muted)
            }
            return
        }
        let (measure, margin) = ReadingLayout.measure(forPaneWidth: area.width)
        let lines = reader.layoutMeasure == measure ? reader.layout ?? ReadingLayout.lines(document, measure: measure)
            : ReadingLayout.lines(document, measure: measure)
        for r in 0..<area.height {
            let index = reader.scroll + r
            guard index < lines.count else { break }
            var x = area.x + margin
            for span in lines[index].spans {
                x += screen.write(span.text, x: x, y: area.y + r, width: area.maxX - x, style: span.style)
            }
        }
    }
}
