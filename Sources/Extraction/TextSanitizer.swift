/// Removes from text everything that could make a terminal do something, and keeps the text.
///
/// Applied by every extractor to every field of an ``Article``: C0 controls (tab and
/// line breaks become a space), DEL, C1 controls (U+0080–U+009F), and escape sequences,
/// including their 8-bit C1 forms. Bidirectional overrides and isolates, which can make text
/// display in an order other than its own, go too. Runs of whitespace collapse to one space
/// and the ends are trimmed.
///
/// What a sequence takes with it:
/// - CSI (`ESC [`, U+009B) its parameter and intermediate bytes and its final byte; a
///   character that cannot continue it ends it and stays.
/// - A string (OSC `ESC ]`/U+009D, DCS `ESC P`/U+0090, SOS `ESC X`/U+0098, PM `ESC ^`/U+009E,
///   APC `ESC _`/U+009F) everything up to its terminator (BEL, ST U+009C or `ESC \`). With no
///   terminator later in the text, only the introducer goes and the text after it stays:
///   one stray introducer must not take a paragraph with it.
/// - Any other `ESC` its intermediate bytes and final byte (`ESC c`, `ESC ( B`).
public enum TextSanitizer {
    /// Returns `text` with controls and escape sequences removed and whitespace collapsed.
    public static func clean(_ text: String) -> String {
        if isAlreadyClean(text) { return text }
        var cleaner = Cleaner(text.unicodeScalars)
        cleaner.run()
        return String(decoding: cleaner.out, as: UTF8.self)
    }

    /// Whether `clean(text)` would return `text` unchanged, judged from its UTF-8 bytes in one
    /// pass: no control, escape, bidi control or special space, and single inner spaces only.
    /// Most extracted lines pass, and then cost no scalar decoding and no allocation.
    static func isAlreadyClean(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
            var previous: UInt8 = 0
            var i = 0
            let n = bytes.count
            while i < n {
                // Eight ASCII bytes with no control, no DEL and no double space pass at once.
                if i + 8 <= n {
                    let w = ByteWords.load(bytes, i)
                    let special = (w & ByteWords.highs) | ByteWords.bytesBelow(w, 0x20) | ByteWords.equalBytes(w, 0x7F)
                    // The plain ASCII bytes before the first special one (all eight when none is).
                    let plain = special == 0 ? 8 : special.trailingZeroBitCount / 8
                    if plain > 0 {
                        var spaces = ByteWords.equalBytes(w, 0x20)
                        if plain < 8 { spaces &= (1 << (8 * UInt64(plain))) - 1 }
                        if spaces & (spaces << 8) != 0 || (previous == 0x20 && spaces & 0x80 != 0) { return false }
                        previous = bytes[i + plain - 1]
                        i += plain
                        continue
                    }
                }
                let b = bytes[i]
                if b < 0x80 {
                    if b < 0x20 || b == 0x7F || (b == 0x20 && previous == 0x20) { return false }
                } else {
                    let b1 = i + 1 < n ? bytes[i + 1] : 0
                    let b2 = i + 2 < n ? bytes[i + 2] : 0
                    switch b {
                    case 0xC2 where b1 <= 0xA0: return false                                    // C1, NEL, NBSP
                    case 0xD8 where b1 == 0x9C: return false                                    // U+061C
                    case 0xE1 where b1 == 0x9A && b2 == 0x80: return false                      // U+1680
                    case 0xE2 where b1 == 0x80 && (b2 <= 0x8F || (0xA8...0xAF).contains(b2)): return false
                    case 0xE2 where b1 == 0x81 && (0x9F...0xAF).contains(b2): return false      // U+205F–206F
                    case 0xE3 where b1 == 0x80 && b2 == 0x80: return false                      // U+3000
                    case 0xEF where b1 == 0xBB && b2 == 0xBF: return false                      // U+FEFF
                    default: break
                    }
                    if b >= 0xC0 {
                        // Continuation bytes match no case above: step over the whole scalar.
                        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                        previous = bytes[min(n, i + length) - 1]
                        i += length
                        continue
                    }
                }
                previous = b
                i += 1
            }
            return true
        }
    }

    /// Whether ``clean(_:)`` removes the scalar `v` (U+0080 or above) or reads it as a space:
    /// C1 controls, NBSP and the other space separators, zero-width and bidirectional
    /// controls, the BOM. Errs on the side of true within U+2000–U+206F, as ``isAlreadyClean(_:)`` does.
    @inline(__always)
    static func changes(_ v: UInt32) -> Bool {
        switch v {
        case 0x80...0xA0, 0x061C, 0x1680, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x206F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Whether `text` is already clean: the invariant every ``Article`` field keeps.
    public static func isClean(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            let v = s.value
            return !(v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v))
        }
    }
}

extension Article {
    /// This article with ``TextSanitizer/clean(_:)`` applied to every field; empty optional fields become `nil`.
    public func sanitized() -> Article {
        var a = sanitizedMetadata()
        // Most pages are clean throughout: then the arrays are kept, not rebuilt string by string.
        if !body.allSatisfy({ !$0.text.isEmpty && TextSanitizer.isAlreadyClean($0.text) }) {
            a.body = body.compactMap { b in
                let t = TextSanitizer.clean(b.text)
                return t.isEmpty ? nil : Block(b.kind, t)
            }
        }
        if !noise.allSatisfy({ !$0.isEmpty && TextSanitizer.isAlreadyClean($0) }) {
            a.noise = noise.map(TextSanitizer.clean).filter { !$0.isEmpty }
        }
        return a
    }

    /// This article with every field but ``body`` and ``noise`` cleaned, for a parser that
    /// builds those two clean (the text parser cleans only the lines its scan flagged).
    func sanitizedMetadata() -> Article {
        func opt(_ s: String?) -> String? {
            guard let s else { return nil }
            let c = TextSanitizer.clean(s)
            return c.isEmpty ? nil : c
        }
        var a = self
        a.title = TextSanitizer.clean(title)
        a.dek = opt(dek)
        a.date = opt(date)
        a.dateText = opt(dateText)
        a.section = opt(section)
        a.authors = authors.map(TextSanitizer.clean).filter { !$0.isEmpty }
        a.byline = opt(byline)
        a.bio = opt(bio)
        a.credit = opt(credit)
        a.source = Source(path: opt(source.path), url: opt(source.url), site: opt(source.site))
        a.language = opt(language)
        return a
    }
}
