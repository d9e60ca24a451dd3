import ReaderCore

/// The cells of a new frame that differ from the previous one, grouped into row spans.
///
/// Pure so it can be tested without a terminal. A span never starts on the right half of a
/// wide character: it backs up to the character's left half, because a terminal can only
/// draw the whole character.
public struct ScreenDiff: Equatable, Sendable {
    /// A run of cells `x..<end` on row `y` to repaint.
    public struct Span: Equatable, Sendable {
        public var y: Int
        public var x: Int
        public var end: Int
        public init(y: Int, x: Int, end: Int) { self.y = y; self.x = x; self.end = end }
    }

    public let spans: [Span]
    /// True when nothing can be reused (first frame or a new size): paint everything.
    public let isFull: Bool

    /// Spans separated by fewer unchanged cells than this are merged: one cursor move
    /// costs about as much as a few cells of output.
    static let mergeGap = 4

    public init(from old: Screen?, to new: Screen) {
        guard let old, old.width == new.width, old.height == new.height else {
            isFull = true
            spans = (0..<new.height).map { Span(y: $0, x: 0, end: new.width) }
            return
        }
        isFull = false
        var spans: [Span] = []
        for y in 0..<new.height {
            var x = 0
            var current: Span?
            while x < new.width {
                if old[x, y] != new[x, y] {
                    var start = x
                    while start > 0 && new[start, y].isContinuation { start -= 1 }
                    var end = x + 1
                    while end < new.width && new[end, y].isContinuation { end += 1 }
                    if var open = current, start - open.end < Self.mergeGap {
                        open.end = max(open.end, end)
                        current = open
                    } else {
                        if let open = current { spans.append(open) }
                        current = Span(y: y, x: start, end: end)
                    }
                    x = end
                } else {
                    x += 1
                }
            }
            if let open = current { spans.append(open) }
        }
        self.spans = spans
    }

    /// How many cells the spans cover.
    public var cellCount: Int { spans.reduce(0) { $0 + $1.end - $1.x } }
}
