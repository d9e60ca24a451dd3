/// Word-at-a-time tests over UTF-8 bytes, for the passes that look at every byte of a page.
///
/// Eight bytes are loaded as one `UInt64` and tested together (the classic "has a zero
/// byte" bit trick); the tail is tested byte by byte.
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of every byte of `word` that is zero (exact for the lowest such byte;
    /// a set bit above it may be a false positive, so callers only test for any).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highs
    }

    /// The high bit of every byte of `word` that equals `byte`, exact for every byte.
    @inline(__always)
    static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        let low7 = ~highs
        return ~(((x & low7) &+ low7) | x) & highs
    }

    /// The high bit set in every byte of `word` below `limit` (1…128), exact for any byte.
    @inline(__always)
    static func bytesBelow(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        // Bytes ≥ 0x80 never count: mask them first, then subtract without borrows crossing bytes.
        let low = word & ~highs
        let below = ((low | highs) &- ones &* UInt64(limit)) & highs
        return ~below & ~word & highs
    }

    /// Loads eight bytes at `offset` (unaligned).
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// Whether `bytes` hold a NUL byte.
    static func containsZero(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            if zeroBytes(load(bytes, i)) != 0 { return true }
            i += 8
        }
        while i < n {
            if bytes[i] == 0 { return true }
            i += 1
        }
        return false
    }
}

/// Searching bytes for bytes.
extension ByteWords {
    /// Whether `text` holds `part`, compared as UTF-8 bytes (the standard library's
    /// `contains` builds a search table per call and cost more than the rest of the parse).
    static func contains(_ text: Substring, _ part: Substring) -> Bool {
        var text = text, part = part
        return text.withUTF8 { hay in part.withUTF8 { needle in contains(hay, needle) } }
    }

    /// Whether `hay` holds `needle`: for short needles in short texts, where a search table
    /// (``PairSkipSearch``) would cost more than the scan.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, hay.count >= needle.count else { return false }
        let last = hay.count - needle.count
        var i = 0
        if needle.count >= 2 {
            // Eight start positions at a time: those whose first two bytes and last byte match the needle's.
            let second = needle[1]
            let end = needle.count - 1, final = needle[end]
            while i + end + 8 <= hay.count {
                var starts = equalBytes(load(hay, i), first)
                    & equalBytes(load(hay, i + 1), second)
                    & equalBytes(load(hay, i + end), final)
                while starts != 0 {
                    let p = i + starts.trailingZeroBitCount / 8
                    if p > last { return false }
                    if matches(hay, needle, at: p) { return true }
                    starts &= starts - 1
                }
                i += 8
            }
        }
        while i <= last {
            if hay[i] == first && matches(hay, needle, at: i) { return true }
            i += 1
        }
        return false
    }

    /// Whether `needle` sits in `hay` at offset `p` (the caller checks that it fits).
    @inline(__always)
    static func matches(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, at p: Int) -> Bool {
        var k = 0
        while k < needle.count && hay[p + k] == needle[k] { k += 1 }
        return k == needle.count
    }
}
