/// Splitting a text page dump into lines, and trimming them.
///
/// Text dumps put one block per line and a blank line between blocks. Each non-blank line
/// becomes a ``JudgedLine`` holding its place in the page, trimmed of surrounding
/// whitespace (``TextLine/isBlank(_:)-(UInt32)``).
enum TextLine {
    /// The non-blank lines of `page` (whose contiguous UTF-8 is `bytes`), measured but not yet
    /// judged (class `.short`, no sign). LF, CRLF and CR all end a line.
    ///
    /// One walk over the page's bytes finds each line, trims it and runs ``FeatureScan`` over
    /// it while its bytes are in cache; no scalar view, no index validation, and each line
    /// record is built once, in place. A page that is one 50 MB line costs no more than fifty
    /// 1 MB lines.
    ///
    /// `isHeader` sees the first non-blank line: when it returns true, that line is left out
    /// (the dump's ` date …` header), so the caller need not shift every record to drop it.
    static func split(
        _ page: String, _ bytes: UnsafeBufferPointer<UInt8>, isHeader: (Substring) -> Bool = { _ in false }
    ) -> [JudgedLine] {
        var lines: [JudgedLine] = []
        if bytes.count >= 1 << 20 { lines.reserveCapacity(estimatedLines(bytes)) }
        StopWords.table.withProbe { words in
            let n = bytes.count
            var start = 0
            var i = 0
            var first = true
            while true {
                while i < n {
                    // Eight bytes at a time; a word holding a line end says at which byte.
                    if i + 8 <= n {
                        let w = ByteWords.load(bytes, i)
                        let ends = ByteWords.equalBytes(w, 0x0A) | ByteWords.equalBytes(w, 0x0D)
                        if ends == 0 {
                            i += 8
                            continue
                        }
                        i += ends.trailingZeroBitCount / 8
                        break
                    }
                    if bytes[i] == 0x0A || bytes[i] == 0x0D { break }
                    i += 1
                }
                let (s, e) = trimmed(bytes, start, i)
                if s < e {
                    if !first || !isHeader(text(page, s, e)) {
                        let features = LineFeatures(UnsafeBufferPointer(rebasing: bytes[s..<e]), words: words)
                        lines.append(JudgedLine(start: s, end: e, features: features, lineClass: .short, sign: nil))
                    }
                    first = false
                }
                guard i < n else { break }
                i += bytes[i] == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
                start = i
            }
        }
        return lines
    }

    /// How many records a large page reserves: its line ends, but no more than one line per 16
    /// bytes, so a page of blank lines reserves little. Growing the array copies every record
    /// made so far (a 50 MB page of short lines peaked at 628 MB while it grew); below 1 MB the
    /// counting pass costs more than the copies it saves.
    private static func estimatedLines(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var ends = 0
        var i = 0
        while i + 8 <= bytes.count {
            let w = ByteWords.load(bytes, i)
            ends += (ByteWords.equalBytes(w, 0x0A) | ByteWords.equalBytes(w, 0x0D)).nonzeroBitCount
            i += 8
        }
        return min(ends + 1, bytes.count / 16 + 64)
    }

    /// `page`'s text between two UTF-8 offsets (scalar boundaries).
    static func text(_ page: String, _ start: Int, _ end: Int) -> Substring {
        let utf8 = page.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return page[lower..<utf8.index(lower, offsetBy: end - start)]
    }

    /// The byte range of `bytes[start..<end]` without blank scalars at either end.
    @inline(__always)
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var s = start, e = end
        while s < e {
            let b = bytes[s]
            if b < 0x80 {
                guard isBlank(UInt32(b)) else { break }
                s += 1
            } else {
                var next = s
                guard let v = UTF8Scalars.next(UnsafeBufferPointer(rebasing: bytes[..<e]), &next), isBlank(v) else { break }
                s = next
            }
        }
        while e > s {
            let b = bytes[e - 1]
            if b < 0x80 {
                guard isBlank(UInt32(b)) else { break }
                e -= 1
            } else {
                var lead = e - 1
                while lead > s && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                var next = lead
                guard let v = UTF8Scalars.next(UnsafeBufferPointer(rebasing: bytes[..<e]), &next), isBlank(v) else { break }
                e = lead
            }
        }
        return (s, e)
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

    /// Whether `bytes` end with the ASCII `suffix`.
    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        return suffix.withUTF8Buffer { tail in bytes[(bytes.count - n)...].elementsEqual(tail) }
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
