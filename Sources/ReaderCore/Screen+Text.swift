extension Screen {
    // MARK: - Writing text

    /// Writes `text` from (`x`, `y`), clipped to `width` columns (default: to the right edge);
    /// returns the columns used.
    ///
    /// Wide characters take their cell and a continuation cell; one that would straddle the limit
    /// is replaced by a blank, so no wide character is ever split. Zero-width clusters are dropped,
    /// tabs become a space and other control characters a `�`, so article text can never send an
    /// escape sequence to the terminal.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, width: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < self.width else { return 0 }
        let limit = min(self.width, x + (width ?? self.width))
        var column = x
        if DisplayWidth.isPlainASCII(text) {
            // The common case: one cell per byte, no grapheme breaking.
            for byte in text.utf8 {
                guard column < limit else { break }
                if column >= 0 { put(Cell(Screen.asciiGraphemes[Int(byte)], style), x: column, y: y) }
                column += 1
            }
            return max(0, column - x)
        }
        for character in text {
            guard column < limit else { break }
            let shown = Screen.displayable(character)
            let w = DisplayWidth.of(shown)
            if w == 0 { continue }
            if column + w > limit {
                if column >= 0 { put(Cell(" ", style), x: column, y: y) }
                column += 1
                break
            }
            if column >= 0 {
                put(Cell(String(shown), style), x: column, y: y)
                if w == 2 { put(.continuation(style), x: column + 1, y: y) }
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func fill(_ area: Rect, style: Style = .plain) {
        for row in max(0, area.y)..<min(height, area.maxY) {
            for column in max(0, area.x)..<min(width, area.maxX) {
                put(Cell(" ", style), x: column, y: row)
            }
        }
    }

    /// Sets one cell, blanking the other half of any wide character it overwrites.
    public mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let old = self[x, y]
        if old.isContinuation, !cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", self[x - 1, y].style)
        }
        if !old.isContinuation, x + 1 < width, self[x + 1, y].isContinuation, !cell.isContinuation {
            self[x + 1, y] = Cell(" ", self[x + 1, y].style)
        }
        self[x, y] = cell
    }

    /// One string per ASCII code, so writing ASCII text allocates nothing per cell.
    static let asciiGraphemes: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// The character as it may reach the terminal: controls become `�`, a tab a space.
    static func displayable(_ character: Character) -> Character {
        for scalar in character.unicodeScalars {
            let v = scalar.value
            if v == 0x09 { return " " }
            if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 { return "\u{FFFD}" }
        }
        return character
    }
}
