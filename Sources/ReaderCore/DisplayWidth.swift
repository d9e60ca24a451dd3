/// How many terminal columns text takes, computed from Unicode properties in Swift.
///
/// Width is measured per grapheme cluster (what a person sees as one character):
/// - 2 for East Asian Wide and Fullwidth characters (CJK, Hangul, kana, fullwidth forms) and for
///   emoji shown as emoji (Emoji_Presentation, or an emoji followed by U+FE0F, flags, ZWJ
///   sequences);
/// - 0 for a cluster that is only combining marks, format characters or zero-width space;
/// - 1 for everything else (a base letter with combining accents is 1, not 1 + its marks).
///
/// Control characters count 1 because ``Screen/write(_:x:y:width:style:)`` shows them as `�`.
/// Terminals disagree about a few emoji sequences; the rule above matches what common terminals
/// (xterm, VTE, kitty, tmux) do for the characters news text actually holds.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if character.asciiValue != nil { return 1 }  // controls show as one replacement cell
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let head = iterator.next() else { return 0 }
        if iterator.next() == nil, head.value < 0x300, head.value != 0xAD {
            return 1  // a lone Latin letter or symbol: the common non-ASCII case (é, ’, «)
        }
        // A cluster may open with prepended format characters; a lone mark has no base at all.
        guard let first = isZeroWidth(head) ? scalars.first(where: { !isZeroWidth($0) }) : head else {
            return 0
        }
        if isWide(first) { return 2 }
        let props = first.properties
        if props.isEmojiPresentation { return 2 }
        if props.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return 1
    }

    /// Columns taken by a string: the sum over its grapheme clusters.
    public static func of(_ text: some StringProtocol) -> Int {
        if isPlainASCII(text) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The text cut to at most `width` columns, ending in `ellipsis` when something was cut.
    ///
    /// A wide character that would straddle the limit is left out, so the result may be one
    /// column narrower than `width`; callers pad with spaces.
    ///
    /// ```swift
    /// DisplayWidth.truncate("東京の天気", to: 6)  // "東京…" (5 columns)
    /// DisplayWidth.truncate("a little too long", to: 10)  // "a little…"
    /// ```
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if isPlainASCII(text) {
            // One column per byte: cut the bytes directly.
            if text.utf8.count <= width { return text }
            let room = width - of(ellipsis)
            guard room >= 0 else { return "" }
            var cut = text.utf8.prefix(room)
            while cut.last == UInt8(ascii: " ") { cut = cut.dropLast() }
            return String(decoding: cut, as: UTF8.self) + ellipsis
        }
        // One pass, stopping once the text is known not to fit: titles can be long.
        let room = width - of(ellipsis)
        var cut = text.startIndex
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            used += of(text[index])
            if used > width { break }
            index = text.index(after: index)
            if used <= room { cut = index }
        }
        if index == text.endIndex { return text }
        guard room >= 0 else { return "" }
        var result = String(text[..<cut])
        while result.last?.isWhitespace == true { result.removeLast() }
        return result + ellipsis
    }

    /// The text padded with spaces (or truncated with `…`) to exactly `width` columns.
    public static func fit(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    // MARK: - Unicode classes

    /// Printable ASCII only (space to `~`): one column per byte, one grapheme per byte.
    ///
    /// Most news text is mostly ASCII; this path skips grapheme breaking entirely.
    @inline(__always)
    static func isPlainASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Combining marks, format characters (ZWJ, ZWSP, soft hyphen…) and Hangul medial/final jamo.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            let v = scalar.value
            return (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v)
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks, after Unicode's EastAsianWidth.txt.
    ///
    /// Emoji with Emoji_Presentation are handled by their property, not listed here.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound {
                high = mid - 1
            } else if v > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Sorted, non-overlapping code point ranges that are East Asian Wide or Fullwidth.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x2E99, 0x2E9B...0x2EF3,  // CJK radicals supplement
        0x2F00...0x2FD5,  // Kangxi radicals
        0x2FF0...0x2FFF,  // ideographic description characters
        0x3000...0x303E,  // CJK symbols and punctuation, ideographic space
        0x3041...0x3096, 0x3099...0x30FF,  // hiragana, katakana
        0x3105...0x312F, 0x3131...0x318E,  // bopomofo, Hangul compatibility jamo
        0x3190...0x31E5, 0x31EF...0x321E,  // kanbun, CJK strokes, katakana extensions
        0x3220...0x3247, 0x3250...0x4DBF,  // enclosed CJK, CJK extension A
        0x4E00...0xA48C,  // CJK ideographs, Yi syllables (the Yijing hexagrams between are narrow)
        0xA490...0xA4C6,  // Yi radicals
        0xA960...0xA97C,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B,  // CJK compatibility and small forms
        0xFF01...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1,  // ideographic symbols
        0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,  // Tangut, Khitan
        0x1AFF0...0x1AFFE, 0x1B000...0x1B122, 0x1B132...0x1B132,  // kana supplement and extended
        0x1B150...0x1B152, 0x1B155...0x1B155, 0x1B164...0x1B167, 0x1B170...0x1B2FB,  // small kana, Nushu
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,  // enclosed ideographs
        0x1F260...0x1F265,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extension planes
    ]
}
