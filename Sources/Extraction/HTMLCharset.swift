/// Works out how an HTML page is encoded and turns it into UTF-8 that libxml2 can trust.
///
/// Order: a byte-order mark decides; then a charset declared in the first 4 KB
/// (`<meta charset>`, `http-equiv` content type, XML declaration); else UTF-8, with the
/// Windows-1252 fallback of ``PageDecoder``. A declaration is overruled when the bytes are
/// valid UTF-8 holding non-ASCII text, the commonest way a declared charset is wrong, and
/// when the charset cannot be the page's (UTF-16 or UTF-32 declared in ASCII bytes).
///
/// libxml2 always gets UTF-8: legacy charsets are decoded here (``CharsetDecoder``), so a
/// byte the charset does not allow becomes U+FFFD and a warning instead of the end of the
/// page's text. A page whose bytes mostly do not fit the declared charset is decoded as
/// if nothing had been declared.
enum HTMLCharset {
    /// UTF-8 bytes for libxml2 and what the user should hear about their decoding.
    struct Prepared {
        var bytes: [UInt8]
        var warnings: [ExtractionWarning]
    }

    /// Prepares page bytes for parsing, or throws ``ExtractionError/empty`` or ``ExtractionError/binary``.
    static func prepare(_ bytes: [UInt8]) throws(ExtractionError) -> Prepared {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decoded(bytes)
        }
        if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { throw .empty }
        if looksBinary(bytes) { throw .binary }
        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        let hasNonASCII = bytes.contains { $0 >= 0x80 }
        guard let label = declaredCharset(bytes) else { return try decoded(bytes, isUTF8: isUTF8) }
        if isUTF8 && hasNonASCII { return Prepared(bytes: bytes, warnings: []) }
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            return try decoded(bytes, isUTF8: isUTF8)
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
             "iso8859-1", "iso_8859-1", "ansi_x3.4-1968":
            return Prepared(bytes: Array(PageDecoder.decodeWindows1252(bytes).utf8), warnings: [])
        default:
            guard CharsetDecoder.isASCIICompatible(label),
                  let text = CharsetDecoder.decode(bytes, label: label) else { return try decoded(bytes, isUTF8: isUTF8) }
            if text.replaced == 0 { return Prepared(bytes: text.utf8, warnings: []) }
            // A few bad bytes in a page that is otherwise the declared charset: keep its text.
            let nonASCII = bytes.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
            if text.replaced <= max(8, nonASCII / 20) {
                return Prepared(bytes: text.utf8, warnings: [.invalidBytes(charset: label, replaced: text.replaced)])
            }
            // Mostly not the declared charset: the declaration is wrong, decode as if there were none.
            let fallback = try decoded(bytes, isUTF8: isUTF8)
            var used = "UTF-8"
            switch fallback.warnings.first {
            case let .decodedAs(encoding)?: used = encoding
            case .invalidUTF8?: used = "UTF-8 with replacement characters"
            default: break
            }
            return Prepared(bytes: fallback.bytes, warnings: [.charsetMismatch(declared: label, decodedAs: used)])
        }
    }

    /// Decodes with ``PageDecoder`` (BOMs, UTF-8, Windows-1252 fallback) into UTF-8.
    private static func decoded(_ bytes: [UInt8], isUTF8: Bool? = nil) throws(ExtractionError) -> Prepared {
        if isUTF8 ?? (String(validating: bytes, as: UTF8.self) != nil) {
            return Prepared(bytes: bytes, warnings: [])
        }
        let text = try PageDecoder.decode(bytes)
        return Prepared(bytes: Array(text.text.utf8), warnings: text.warnings)
    }

    /// NUL bytes near the start, or many control bytes, mean the file is not a page.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.prefix(1024).contains(0) { return true }
        let controls = head.lazy.filter { $0 < 0x20 && !(0x09...0x0D).contains($0) && $0 != 0x1B }.count
        return controls * 20 > head.count
    }

    /// The charset label declared in the first 4 KB, lower-cased, if any.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096))
        let lower = head.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        if lower.starts(with: Array("<?xml".utf8)), let label = label(after: Array("encoding".utf8), in: lower, from: 0, to: min(lower.count, 200)) {
            return label
        }
        let meta = Array("<meta".utf8)
        var i = 0
        while i + meta.count < lower.count {
            if lower[i] == 0x3C, lower[i..<(i + meta.count)].elementsEqual(meta) {
                var end = i + meta.count
                while end < lower.count && lower[end] != 0x3E { end += 1 }
                if let label = label(after: Array("charset".utf8), in: lower, from: i, to: end) { return label }
                i = end
            }
            i += 1
        }
        return nil
    }

    private static func label(after key: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> String? {
        var i = start
        while i + key.count <= end {
            if bytes[i..<(i + key.count)].elementsEqual(key) {
                var j = i + key.count
                while j < end && (bytes[j] == 0x20 || bytes[j] == 0x3D || bytes[j] == 0x22 || bytes[j] == 0x27) { j += 1 }
                var label: [UInt8] = []
                while j < end, label.count < 40 {
                    let b = bytes[j]
                    let isLabel = (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A
                    if !isLabel { break }
                    label.append(b)
                    j += 1
                }
                return label.isEmpty ? nil : String(decoding: label, as: UTF8.self)
            }
            i += 1
        }
        return nil
    }
}
