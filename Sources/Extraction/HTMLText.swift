/// Fast byte-level text measures used on every text node of a page.
///
/// Working on UTF-8 bytes keeps Unicode property look-ups out of the hot loop; the
/// whitespace set is ASCII whitespace plus the common Unicode spaces (no-break, ideographic,
/// the U+2000 block, line and paragraph separators).
enum HTMLText {
    /// Visible characters (scalars that are not whitespace) and commas in `text`.
    static func measure(_ text: ArraySlice<UInt8>) -> (length: Int32, commas: Int32) {
        var length: Int32 = 0, commas: Int32 = 0
        var utf8 = text.makeIterator()
        var pending: [UInt8] = []
        while let b = utf8.next() {
            if b < 0x80 {
                if b > 0x20 && b != 0x7F {
                    length += 1
                    if b == 0x2C { commas += 1 }
                }
                continue
            }
            if b < 0xC0 { continue }
            // Lead byte of a multi-byte scalar: look at the sequences that are spaces or commas.
            if b == 0xC2 {
                if let c = utf8.next(), c != 0xA0 && c != 0x85 { length += 1 }
                continue
            }
            if b == 0xE2 || b == 0xE3 || b == 0xEF {
                pending.removeAll(keepingCapacity: true)
                if let c = utf8.next() { pending.append(c) }
                if let d = utf8.next() { pending.append(d) }
                if pending.count == 2 {
                    let (c, d) = (pending[0], pending[1])
                    if b == 0xE2 && c == 0x80 && (d <= 0x8B || d == 0xA8 || d == 0xA9 || d == 0xAF) { continue }
                    if b == 0xE3 && c == 0x80 && d == 0x80 { continue }
                    if b == 0xE3 && c == 0x80 && d == 0x81 { commas += 1 }
                    if b == 0xEF && c == 0xBC && d == 0x8C { commas += 1 }
                    if b == 0xEF && c == 0xBB && d == 0xBF { continue }
                }
                length += 1
                continue
            }
            length += 1
        }
        return (length, commas)
    }

    /// `text` with whitespace runs collapsed to one space and the ends trimmed.
    static func collapse(_ text: String) -> String {
        collapse(Array(text.utf8))
    }

    /// UTF-8 `bytes` as a string, whitespace runs collapsed to one space and the ends trimmed.
    static func collapse(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pending = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var space = 0
            if b <= 0x20 || b == 0x7F {
                space = 1
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                space = 2
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
                      bytes[i + 2] <= 0x8A || bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 || bytes[i + 2] == 0xAF {
                space = 3
            } else if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                space = 3
            }
            if space > 0 {
                pending = true
                i += space
                continue
            }
            if pending && !out.isEmpty { out.append(0x20) }
            pending = false
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII-lower-cases `bytes` in place.
    static func lowercaseASCII(_ bytes: inout [UInt8]) {
        for i in bytes.indices where (0x41...0x5A).contains(bytes[i]) { bytes[i] |= 0x20 }
    }
}
