/// A frame of the reader as data: a grid of styled cells that tests can read.
///
/// Widgets render into a `Screen`; `TerminalUI` paints it, comparing with the previous
/// frame to paint only what changed. A character that takes two columns (CJK, emoji)
/// occupies its cell and the next one, which holds ``Cell/continuation``.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest, if visible (the filter prompt).
    public var cursor: Position?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The text of row `y`, continuation cells skipped, trailing spaces trimmed.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation {
            s += self[x, y].grapheme
        }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The whole screen as text, one line per row: what golden files hold.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }
}

extension Screen {
    /// A column and row on the screen.
    public struct Position: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public init(x: Int, y: Int) { self.x = x; self.y = y }
    }

    /// One terminal cell: a grapheme cluster and its style.
    public struct Cell: Equatable, Sendable {
        /// The grapheme shown; empty for the right half of a wide character.
        public var grapheme: String
        public var style: Style

        public init(_ grapheme: String, _ style: Style = .plain) {
            self.grapheme = grapheme
            self.style = style
        }

        public static let blank = Cell(" ")
        /// The right half of a two-column character.
        public static func continuation(_ style: Style) -> Cell { Cell("", style) }
        public var isContinuation: Bool { grapheme.isEmpty }
    }

    /// How a cell looks: attributes plus a colour role that `TerminalUI` maps to the palette
    /// (or ignores under `NO_COLOR`).
    public struct Style: Equatable, Hashable, Sendable {
        public struct Attributes: OptionSet, Hashable, Sendable {
            public let rawValue: UInt8
            public init(rawValue: UInt8) { self.rawValue = rawValue }
            public static let bold = Attributes(rawValue: 1 << 0)
            public static let reverse = Attributes(rawValue: 1 << 1)
            public static let underline = Attributes(rawValue: 1 << 2)
            public static let dim = Attributes(rawValue: 1 << 3)
            public static let italic = Attributes(rawValue: 1 << 4)
        }

        /// Semantic colours; the terminal's default colours are the base.
        public enum Role: UInt8, Hashable, Sendable, CaseIterable {
            case normal, accent, muted, unread, starred, selection, status, error, heading, quote
        }

        public var attributes: Attributes
        public var role: Role

        public init(_ attributes: Attributes = [], _ role: Role = .normal) {
            self.attributes = attributes
            self.role = role
        }

        public static let plain = Style()
    }
}
