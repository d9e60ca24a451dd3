/// Walks the scalars of a string by decoding its UTF-8 bytes directly.
///
/// `Substring.unicodeScalars` validates every index it steps over; the hot loops of the
/// text parser (line features, lexicon keys) see every byte of every page, so they read
/// the contiguous UTF-8 storage instead. Swift strings are valid UTF-8, so the decoder
/// needs no error handling; bridged strings without contiguous storage take the slow path.
enum UTF8Scalars {
    /// The scalar at `i` in valid UTF-8 `bytes`, advancing `i`; nil at the end.
    @inline(__always)
    static func next(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32? {
        let n = bytes.count
        guard i < n else { return nil }
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 {
            i += 1
            return b0
        } else if b0 < 0xE0, i + 1 < n {
            defer { i += 2 }
            return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        } else if b0 < 0xF0, i + 2 < n {
            defer { i += 3 }
            return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        } else if i + 3 < n {
            defer { i += 4 }
            return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
        }
        i = n
        return nil
    }
}
