/// Writes JSON into memory its caller reserved for the worst case, without a check per byte
/// or per piece.
///
/// A string takes at most ``bound(_:)`` bytes (every byte escaped as `\u00XX`, plus quotes
/// and a separator); the caller reserves the sum. Strings are checked eight bytes at a time
/// and copied in runs: extracted text has few bytes to escape.
struct JSONWriter {
    private let base: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0

    init(_ base: UnsafeMutablePointer<UInt8>) {
        self.base = base
    }

    /// The most bytes ``string(_:)`` (or an array element) writes for `s`.
    static func bound(_ s: String?) -> Int {
        (s?.utf8.count ?? 4) * 6 + 3
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { copy($0) }
    }

    /// `s` as a JSON string literal, or `null`; non-ASCII stays as UTF-8 except C1 controls
    /// and U+2028/2029, written `\u0085`, `\u2028`.
    mutating func string(_ s: String?) {
        guard var s else { return raw("null") }
        put(0x22)
        s.withUTF8 { bytes in
            let n = bytes.count
            var runStart = 0
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let w = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    // Straight to the first byte that needs a look: the test is exact per byte.
                    let flagged = Self.bytesNeedingLook(w)
                    if flagged == 0 {
                        i += 8
                        continue
                    }
                    let plain = flagged.trailingZeroBitCount / 8
                    if plain > 0 {
                        i += plain
                        continue
                    }
                }
                let b = bytes[i]
                if Self.needsEscape(b) {
                    copy(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    escape(b)
                    runStart = i + 1
                } else if b == 0xC2, i + 1 < n, bytes[i + 1] < 0xA0 {
                    // A C1 control (U+0080–U+009F, UTF-8 C2 80–C2 9F): a terminal obeys it raw.
                    copy(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    unicodeEscape(0x00, bytes[i + 1])
                    i += 2
                    runStart = i
                    continue
                } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    // U+2028 and U+2029: line breaks to JavaScript, so escaped as most JSON writers do.
                    copy(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    unicodeEscape(0x20, bytes[i + 2] - 0xA8 + 0x28)
                    i += 3
                    runStart = i
                    continue
                }
                i += 1
            }
            copy(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        put(0x22)
    }

    /// `[ "a", "b" ]` without spaces.
    mutating func array<S: Sequence>(_ items: S) where S.Element == String {
        put(0x5B)
        var first = true
        for item in items {
            if !first { put(0x2C) }
            first = false
            string(item)
        }
        put(0x5D)
    }

    @inline(__always)
    private mutating func put(_ b: UInt8) {
        base[count] = b
        count += 1
    }

    @inline(__always)
    private mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func escape(_ b: UInt8) {
        switch b {
        case 0x22: put(0x5C); put(0x22)
        case 0x5C: put(0x5C); put(0x5C)
        case 0x0A: put(0x5C); put(0x6E)
        case 0x0D: put(0x5C); put(0x72)
        case 0x09: put(0x5C); put(0x74)
        default: unicodeEscape(0x00, b)
        }
    }

    /// `\uHHLL` for the code point `high << 8 | low`.
    private mutating func unicodeEscape(_ high: UInt8, _ low: UInt8) {
        for c: UInt8 in [0x5C, 0x75, Self.hex[Int(high >> 4)], Self.hex[Int(high & 0xF)],
                         Self.hex[Int(low >> 4)], Self.hex[Int(low & 0xF)]] { put(c) }
    }

    /// The high bit set in each of the eight bytes of `w` (little-endian) that needs escaping
    /// (`"`, `\\`, a control, DEL) or starts a character that does (a C1 control `C2 80–9F`,
    /// U+2028/2029 `E2 80 A8/A9`); exact per byte, so the lowest set bit marks the first such
    /// byte. A lead byte in the last one or two places, whose character runs past `w`, is
    /// flagged for the byte test to look at.
    ///
    /// Multi-byte characters are matched whole, so `’` (`E2 80 99`) and `«` (`C2 AB`), common in
    /// news text, cost no look.
    @inline(__always)
    private static func bytesNeedingLook(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zero(_ x: UInt64) -> UInt64 { ~(((x & ~highs) &+ ~highs) | x) & highs }
        func equal(_ b: UInt8) -> UInt64 { zero(w ^ (ones &* UInt64(b))) }
        // Bytes below 0x20: ASCII bytes whose value minus 0x20 borrows.
        let controls = ~(((w & ~highs) | highs) &- ones &* 0x20) & ~w & highs
        let ascii = equal(0x22) | equal(0x5C) | equal(0x7F) | controls
        // Neither C2 nor E2 anywhere (one test: they differ only in bit 0x20): the usual case.
        guard zero((w & ~(ones &* 0x20)) ^ (ones &* 0xC2)) != 0 else { return ascii }
        let c2 = equal(0xC2), e2 = equal(0xE2)
        let continuationC1 = zero((w & (ones &* 0xE0)) ^ highs)  // 80–9F
        let separator = zero((w & (ones &* 0xFE)) ^ (ones &* 0xA8))  // A8 or A9
        let c1 = c2 & ((continuationC1 >> 8) | 0x8000_0000_0000_0000)
        let lines = e2 & (((equal(0x80) >> 8) & (separator >> 16)) | 0x8080_0000_0000_0000)
        return ascii | c1 | lines
    }

    @inline(__always)
    private static func needsEscape(_ b: UInt8) -> Bool {
        b == 0x22 || b == 0x5C || b < 0x20 || b == 0x7F
    }
}
