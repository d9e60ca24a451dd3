/// Turns page bytes into text: byte-order marks, UTF-8, UTF-16, and a Windows-1252 fallback.
///
/// Rules, in order: a UTF-8 or UTF-16 BOM decides; NUL bytes without a UTF-16 BOM mean
/// binary; valid UTF-8 is taken as is; otherwise, if every invalid byte reads as
/// Windows-1252 text (a legacy page), the page is decoded as Windows-1252; else invalid
/// sequences are replaced with U+FFFD. The last two give a warning, not a failure.
/// Line ends (CRLF, CR) are left to the caller.
public enum PageDecoder {
    /// The decoded text and any warnings.
    public struct Decoded: Sendable {
        public var text: String
        public var warnings: [ExtractionWarning]
    }

    /// Decodes `bytes`, or throws ``ExtractionError/empty`` or ``ExtractionError/binary``.
    public static func decode(_ bytes: [UInt8]) throws(ExtractionError) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try finish(utf8: bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try finish(String(decoding: utf16Units(bytes[2...], littleEndian: true), as: UTF16.self), [])
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try finish(String(decoding: utf16Units(bytes[2...], littleEndian: false), as: UTF16.self), [])
        }
        if bytes.withUnsafeBufferPointer(ByteWords.containsZero) { throw .binary }
        return try finish(utf8: bytes[...])
    }

    private static func finish(utf8 bytes: ArraySlice<UInt8>) throws(ExtractionError) -> Decoded {
        if let text = String(validatingUTF8Bytes: bytes) {
            return try finish(text, [])
        }
        let invalid = invalidUTF8Count(bytes)
        if looksLikeWindows1252(bytes) {
            return try finish(decodeWindows1252(bytes), [.decodedAs(encoding: "Windows-1252")])
        }
        return try finish(String(decoding: bytes, as: UTF8.self), [.invalidUTF8(replaced: invalid)])
    }

    private static func finish(_ text: String, _ warnings: [ExtractionWarning]) throws(ExtractionError) -> Decoded {
        var text = text
        let verdict = text.withUTF8 { bytes -> ExtractionError? in
            if isBlank(bytes) { return .empty }
            if looksBinary(UnsafeBufferPointer(rebasing: bytes.prefix(8192))) { return .binary }
            return nil
        }
        if let verdict { throw verdict }
        return Decoded(text: text, warnings: warnings)
    }

    /// Whether `bytes` hold only ASCII whitespace (or nothing).
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b != 0x20 && !(0x09...0x0D).contains(b) { return false }
        return true
    }

    /// Text whose share of C0 controls (other than whitespace) is high is binary data.
    ///
    /// Reads the contiguous UTF-8 bytes: iterating `String.UTF8View` cost 4 % of a whole
    /// `folio extract` run.
    private static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var controls = 0
        var i = 0
        // Eight bytes at a time: every line break used to send its word down the byte-by-byte path.
        while i + 8 <= bytes.count {
            let w = ByteWords.load(bytes, i)
            i += 8
            // Most words of text hold no byte below 0x20, and the rest mostly a line break.
            let low = ByteWords.bytesBelow(w, 0x20)
            if low == 0 { continue }
            let whitespace = ByteWords.bytesBelow(w, 0x0E) & ~ByteWords.bytesBelow(w, 0x09)
            controls += (low & ~whitespace & ~ByteWords.equalBytes(w, 0x1B)).nonzeroBitCount
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 && !(0x09...0x0D).contains(b) && b != 0x1B { controls += 1 }
            i += 1
        }
        return bytes.count > 0 && controls * 10 > bytes.count
    }

    private static func utf16Units(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt16] {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return units
    }

    private static func invalidUTF8Count(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var decoder = UTF8()
        var it = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: count += 1
            }
        }
        return count
    }

    /// True when no byte ≥ 0x80 starts a valid multi-byte UTF-8 sequence: a single-byte legacy encoding.
    private static func looksLikeWindows1252(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b >= 0xC2 && b <= 0xF4 && i + 1 < bytes.endIndex && (0x80...0xBF).contains(bytes[i + 1]) {
                return false
            }
            i += 1
        }
        return true
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Decodes bytes as Windows-1252.
    public static func decodeWindows1252<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (0x80...0x9F).contains(b) ? windows1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(v)!)
        }
        return String(scalars)
    }
}

extension String {
    /// Decodes `bytes` as UTF-8, or returns nil if they are not valid UTF-8.
    init?(validatingUTF8Bytes bytes: ArraySlice<UInt8>) {
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        self = s
    }
}
