/// A laid-out line of the reading pane: styled runs of text after an indent.
public struct StyledLine: Equatable, Sendable {
    public struct Span: Equatable, Sendable {
        public var text: String
        public var style: Screen.Style
        public init(_ text: String, _ style: Screen.Style = .plain) {
            self.text = text
            self.style = style
        }
    }

    public var spans: [Span]
    public init(_ spans: [Span] = []) { self.spans = spans }
    public static let blank = StyledLine()
}

/// Turns an ``ArticleDocument`` into the lines of the reading pane at a given measure.
///
/// Title (bold), standfirst (italic), a muted "author · date · section" line, then the body:
/// headings bold, quotes behind a bar, list items with a bullet and hanging indent,
/// preformatted text unwrapped, captions muted. The bio and credit come last, under a rule.
public enum ReadingLayout {
    /// The comfortable measure: body text is never wider than this.
    public static let maxMeasure = 80

    /// The measure and left margin for a pane `width` columns wide (text centred when roomy).
    static func measure(forPaneWidth width: Int) -> (measure: Int, margin: Int) {
        let measure = max(1, min(maxMeasure, width - 2))
        return (measure, max(0, (width - measure) / 2))
    }

    /// All lines of `document` at `measure` columns.
    public static func lines(_ document: ArticleDocument, measure: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        func add(_ text: String, _ style: Screen.Style, prefix: StyledLine.Span? = nil, indent: String = "") {
            let prefixWidth = prefix.map { DisplayWidth.of($0.text) } ?? 0
            for (i, part) in TextWrap.wrap(text, width: measure - prefixWidth).enumerated() {
                var spans: [StyledLine.Span] = []
                if let prefix { spans.append(i == 0 ? prefix : StyledLine.Span(indent, prefix.style)) }
                spans.append(StyledLine.Span(part, style))
                out.append(StyledLine(spans))
            }
        }
        add(document.title, Screen.Style([.bold], .normal))
        if let dek = nonEmpty(document.dek) {
            out.append(.blank)
            add(dek, Screen.Style([.italic], .normal))
        }
        let meta = metaLine(document)
        if !meta.isEmpty {
            out.append(.blank)
            add(meta, Screen.Style([], .muted))
        }
        var previous: ArticleDocument.Kind?
        for block in document.blocks {
            let text = block.text
            if block.kind != .listItem || previous != .listItem { out.append(.blank) }
            previous = block.kind
            switch block.kind {
            case .paragraph:
                add(text, .plain)
            case .heading:
                add(text, Screen.Style([.bold], .heading))
            case .listItem:
                add(text, .plain, prefix: StyledLine.Span("• ", Screen.Style([], .accent)), indent: "  ")
            case .quote:
                add(text, Screen.Style([.italic], .quote), prefix: StyledLine.Span("│ ", Screen.Style([], .quote)), indent: "│ ")
            case .preformatted:
                for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    out.append(StyledLine([StyledLine.Span(DisplayWidth.truncate(String(raw), to: measure), Screen.Style([], .muted))]))
                }
            case .caption:
                add(text, Screen.Style([.italic, .dim], .muted))
            }
        }
        let bio = nonEmpty(document.bio)
        let credit = nonEmpty(document.credit)
        if bio != nil || credit != nil {
            out.append(.blank)
            out.append(StyledLine([StyledLine.Span(String(repeating: "─", count: min(measure, 24)), Screen.Style([], .muted))]))
            if let bio { add(bio, Screen.Style([.italic], .muted)) }
            if let credit { add(credit, Screen.Style([.dim], .muted)) }
        }
        return out
    }

    /// "Jane Doe, John Roe · 5 March 2024 · Politics" (or the byline, or the site, as available).
    static func metaLine(_ document: ArticleDocument) -> String {
        var parts: [String] = []
        if !document.authors.isEmpty {
            parts.append(document.authors.joined(separator: ", "))
        } else if let byline = nonEmpty(document.byline) {
            parts.append(byline)
        }
        if let date = nonEmpty(document.date) { parts.append(longDate(date)) }
        if let section = nonEmpty(document.section) ?? nonEmpty(document.site) { parts.append(section) }
        return parts.joined(separator: " · ")
    }

    /// "2024-03-05" → "5 March 2024"; anything else unchanged.
    static func longDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month) else {
            return iso
        }
        let months = ["January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December"]
        return "\(day) \(months[month - 1]) \(parts[0])"
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
