/// Walks the scalars of a string by decoding its UTF-8 bytes directly.
///
/// `Substring.unicodeScalars` validates every index it steps over; the hot loops of the
/// text parser (line features, lexicon keys) see every byte of every page, so they read
/// the contiguous UTF-8 storage instead. Swift strings are valid UTF-8, so the decoder
/// needs no error handling; bridged strings without contiguous storage take the slow path.
enum UTF8Scalars {
    @inline(__always)
    static func forEach<S: StringProtocol>(_ text: S, _ body: (UInt32) -> Void) {
        let handled: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    body(b0)
                    i += 1
                } else if b0 < 0xE0, i + 1 < n {
                    body((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
                    i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    body((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F))
                    i += 3
                } else if i + 3 < n {
                    body((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F))
                    i += 4
                } else {
                    break
                }
            }
            return true
        }
        if handled == nil {
            for scalar in text.unicodeScalars { body(scalar.value) }
        }
    }
}
