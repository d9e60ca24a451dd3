import CLibXML2

/// Drops the raw contents of `<script>` and `<style>` elements before libxml2 sees the page.
///
/// Scripts and styles are most of the bytes of a modern page, and libxml2 reads them one
/// character at a time only for the extractor to throw them away. This scanner copies the
/// page, leaving each such element empty (`<script src=…></script>`), and keeps the
/// contents of JSON-LD scripts, which ``HTMLMetadata`` reads. It tokenises only as much as
/// it must to stay in step with the HTML parser: comments are copied whole, quoted
/// attribute values are stepped over, and an element without a closing tag is left as it
/// is (libxml2 then reads it to the end, as before). One forward pass, no backtracking.
enum HTMLRawTextSkipper {
    /// `bytes` with script and style contents removed, or nil when there was nothing to remove.
    static func strip(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { page in strip(page) }
    }

    private static func strip(_ page: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let n = page.count
        var out: [UInt8] = []
        var copied = 0   // page[copied..<i] is still to be copied
        var i = 0
        while i < n {
            // Jump to the next '<' (memchr is far faster than a byte loop on long text runs).
            guard let base = page.baseAddress, let found = cxml_find_byte(base + i, 0x3C, UInt(n - i)) else { break }
            i = base.distance(to: found)
            guard i + 1 < n else { break }
            if page[i + 1] == 0x21 {   // "<!": comment, doctype or CDATA
                i = skipDeclaration(page, from: i)
                continue
            }
            guard isLetter(page[i + 1]) else { i += 1; continue }
            let name = rawTextName(page, at: i + 1)
            // Every start tag is stepped over whole, so a "<script" inside a quoted value is not read.
            guard let tagEnd = endOfStartTag(page, from: i + 1) else { return finish(page, out, copied) }
            guard let name, page[tagEnd - 1] != 0x2F else {   // "<script/>" is empty: leave it
                i = tagEnd + 1
                continue
            }
            let contentStart = tagEnd + 1
            guard let close = closingTag(page, name: name, from: contentStart) else { return finish(page, out, copied) }
            if close > contentStart && !(name == script && isJSONLD(page, i..<tagEnd)) {
                if out.isEmpty { out.reserveCapacity(page.count / 2) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: page[copied..<contentStart]))
                copied = close
            }
            i = close + 2
        }
        return finish(page, out, copied)
    }

    private static func finish(_ page: UnsafeBufferPointer<UInt8>, _ out: [UInt8], _ copied: Int) -> [UInt8]? {
        if copied == 0 { return nil }
        var out = out
        out.append(contentsOf: UnsafeBufferPointer(rebasing: page[copied...]))
        return out
    }

    private static func isLetter(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b | 0x20) }

    private static let script = Array("script".utf8)
    private static let style = Array("style".utf8)

    /// `script` or `style` when the name at `i` is one of them, followed by a name end.
    private static func rawTextName(_ page: UnsafeBufferPointer<UInt8>, at i: Int) -> [UInt8]? {
        for name in [script, style] where matches(page, name, at: i) {
            let after = i + name.count
            guard after < page.count else { return nil }
            let b = page[after]
            if b == 0x3E || b == 0x2F || b == 0x20 || (0x09...0x0D).contains(b) { return name }
        }
        return nil
    }

    /// Whether the ASCII-lower-cased bytes at `i` spell `name`.
    private static func matches(_ page: UnsafeBufferPointer<UInt8>, _ name: [UInt8], at i: Int) -> Bool {
        guard i + name.count <= page.count else { return false }
        for k in 0..<name.count where page[i + k] | 0x20 != name[k] { return false }
        return true
    }

    /// The index of the `>` ending a start tag, stepping over quoted attribute values.
    private static func endOfStartTag(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        var quote: UInt8 = 0
        while i < page.count {
            let b = page[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27 {
                if i > start && page[i - 1] == 0x3D || i > start + 1 && page[i - 1] == 0x20 && page[i - 2] == 0x3D { quote = b }
            } else if b == 0x3E {
                return i
            }
            i += 1
        }
        return nil
    }

    /// The index of the `<` of the first `</name` at or after `start`.
    private static func closingTag(_ page: UnsafeBufferPointer<UInt8>, name: [UInt8], from start: Int) -> Int? {
        guard let base = page.baseAddress else { return nil }
        var i = start
        while i + 1 < page.count, let found = cxml_find_byte(base + i, 0x3C, UInt(page.count - i)) {
            i = base.distance(to: found)
            if i + 1 < page.count && page[i + 1] == 0x2F && matches(page, name, at: i + 2) { return i }
            i += 1
        }
        return nil
    }

    /// Whether a script start tag declares JSON-LD.
    private static func isJSONLD(_ page: UnsafeBufferPointer<UInt8>, _ tag: Range<Int>) -> Bool {
        let needle = Array("ld+json".utf8)
        var i = tag.lowerBound
        while i + needle.count <= tag.upperBound {
            if matches(page, needle, at: i) { return true }
            i += 1
        }
        return false
    }

    /// The index just past a `<!…>` declaration, or past `-->` for a comment.
    static func skipDeclaration(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = page.count
        if start + 3 < n && page[start + 2] == 0x2D && page[start + 3] == 0x2D {
            var i = start + 4
            while i + 2 < n {
                if page[i] == 0x2D && page[i + 1] == 0x2D && page[i + 2] == 0x3E { return i + 3 }
                i += 1
            }
            return n
        }
        var i = start + 2
        while i < n && page[i] != 0x3E { i += 1 }
        return i + 1
    }
}
