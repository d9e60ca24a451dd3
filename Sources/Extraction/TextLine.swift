/// One non-blank line of a text page dump, with where it sits.
///
/// Text dumps put one block per line and a blank line between blocks; lines that follow
/// each other without a blank line belong together (an image name over its credit, a
/// menu). `text` is a view into the page, trimmed of surrounding whitespace.
struct TextLine: Sendable {
    /// The line's text, without its line end and surrounding whitespace.
    var text: Substring
    /// Whether a blank line (or the page start) comes before this line.
    var blankBefore: Bool
}

extension TextLine {
    /// Splits `text` into its non-blank lines. LF, CRLF and CR all end a line.
    ///
    /// Works on UTF-8 bytes in one pass, so a page that is one 50 MB line costs
    /// no more than fifty 1 MB lines.
    static func split(_ text: String) -> [TextLine] {
        var lines: [TextLine] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        var blankBefore = true
        func flush(_ end: String.Index) {
            let trimmed = trim(text[start..<end])
            if trimmed.isEmpty {
                blankBefore = true
            } else {
                lines.append(TextLine(text: trimmed, blankBefore: blankBefore))
                blankBefore = false
            }
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                flush(index)
                var next = utf8.index(after: index)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A {
                    next = utf8.index(after: next)
                }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        flush(utf8.endIndex)
        return lines
    }

    /// `s` without leading and trailing whitespace (ASCII, NBSP, ideographic space, zero-width).
    ///
    /// ASCII ends are trimmed on UTF-8 bytes; only a non-ASCII end decodes scalars.
    static func trim(_ s: Substring) -> Substring {
        let utf8 = s.utf8
        var lower = utf8.startIndex
        var upper = utf8.endIndex
        while lower < upper, utf8[lower] <= 0x20 {
            guard isBlank(UInt32(utf8[lower])) else { break }
            lower = utf8.index(after: lower)
        }
        while lower < upper {
            let before = utf8.index(before: upper)
            guard utf8[before] <= 0x20, isBlank(UInt32(utf8[before])) else { break }
            upper = before
        }
        let ascii = s[lower..<upper]
        guard let first = ascii.utf8.first, let last = ascii.utf8.last, first >= 0x80 || last >= 0x80 else { return ascii }
        return trimScalars(ascii)
    }

    private static func trimScalars(_ s: Substring) -> Substring {
        var lower = s.startIndex
        var upper = s.endIndex
        let scalars = s.unicodeScalars
        while lower < upper, isBlank(scalars[lower]) { lower = scalars.index(after: lower) }
        while lower < upper {
            let before = scalars.index(before: upper)
            guard isBlank(scalars[before]) else { break }
            upper = before
        }
        return s[lower..<upper]
    }

    /// Whether `s` ends with the ASCII `suffix`, compared on bytes.
    static func hasSuffix(_ s: Substring, _ suffix: String) -> Bool {
        s.utf8.count >= suffix.utf8.count && s.utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    @inline(__always)
    static func isBlank(_ s: Unicode.Scalar) -> Bool { isBlank(s.value) }

    @inline(__always)
    static func isBlank(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0xA0, 0x3000, 0x200B, 0xFEFF, 0x2000...0x200A: return true
        default: return false
        }
    }
}
