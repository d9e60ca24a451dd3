import Foundation

/// Decodes a page in a declared legacy charset (Shift_JIS, GB18030, Big5…) to UTF-8, itself.
///
/// libxml2's own conversion stops the text at the first byte the charset does not allow
/// and prints to stderr, so pages lost their paragraphs silently. Here glibc's `iconv` does
/// the work and every invalid byte becomes U+FFFD, counted, so the caller can warn and
/// keep every paragraph. HZ-GB-2312, which glibc lacks, is rewritten to GB2312 first.
enum CharsetDecoder {
    /// UTF-8 bytes and how many input bytes could not be decoded.
    struct Decoded {
        var utf8: [UInt8]
        var replaced: Int
    }

    /// Decodes `bytes` from the charset `label`, or nil when the charset is not known.
    static func decode(_ bytes: [UInt8], label: String) -> Decoded? {
        if label == "hz-gb-2312" {
            return decode(HZ.toGB2312(bytes), iconvName: "GB18030")
        }
        return decode(bytes, iconvName: iconvName(for: label))
    }

    /// Whether the charset maps ASCII bytes to themselves, as a page whose `<meta charset>`
    /// could be read as ASCII must. UTF-16, UTF-32 and UCS-4 labels on such a page are
    /// wrong, and UTF-7 is refused as browsers refuse it (it turns `+…-` runs into other text).
    static func isASCIICompatible(_ label: String) -> Bool {
        if label.hasPrefix("utf-7") || label == "csunicode11utf7" || label == "unicode-1-1-utf-7" { return false }
        let probe = Array("<meta charset=x>".utf8)
        guard let decoded = decode(probe, label: label) else { return true }
        return decoded.utf8 == probe
    }

    /// glibc's name for a web label, where the web means a wider charset than glibc's same name.
    private static func iconvName(for label: String) -> String {
        switch label {
        case "gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58", "gb18030": return "GB18030"
        case "big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5": return "BIG5-HKSCS"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis": return "CP932"
        case "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "windows-949", "cseuckr": return "CP949"
        default: return label
        }
    }

    private static func decode(_ bytes: [UInt8], iconvName: String) -> Decoded? {
        let converter = iconv_open("UTF-8", iconvName)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var out = [UInt8](repeating: 0, count: bytes.count * 2 + 64)
        var written = 0
        var replaced = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            while true {
                let finished = inLeft == 0
                let result = out.withUnsafeMutableBufferPointer { outBuffer -> Int in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress! + written).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count - written
                    // With no input left, one call with a nil input flushes a stateful decoder.
                    let status = finished
                        ? iconv(converter, nil, nil, &outPointer, &outLeft)
                        : iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    written = outBuffer.count - outLeft
                    return status == -1 ? Int(errno) : 0
                }
                if result == E2BIG || out.count - written < 8 {
                    out.append(contentsOf: repeatElement(0, count: out.count))
                    continue
                }
                if finished { break }
                if result == EILSEQ || result == EINVAL {
                    // One byte the charset does not allow (or a sequence cut off at the end).
                    out.replaceSubrange(written..<(written + 3), with: [0xEF, 0xBF, 0xBD])
                    written += 3
                    replaced += 1
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                }
            }
        }
        out.removeSubrange(written...)
        return Decoded(utf8: out, replaced: replaced)
    }
}

extension CharsetDecoder {
    /// HZ (RFC 1843): ASCII, with `~{ … ~}` around GB2312 characters written as 7-bit pairs.
    enum HZ {
        /// The same text as GB2312 (EUC-CN) bytes; bytes HZ does not allow pass through,
        /// so the GB decoder replaces them.
        static func toGB2312(_ bytes: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var inGB = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x7E, i + 1 < bytes.count {
                    switch bytes[i + 1] {
                    case 0x7B: inGB = true; i += 2; continue
                    case 0x7D: inGB = false; i += 2; continue
                    case 0x7E where !inGB: out.append(0x7E); i += 2; continue
                    case 0x0A where !inGB: i += 2; continue
                    default: break
                    }
                }
                if inGB, b >= 0x21, b <= 0x7E, i + 1 < bytes.count, (0x21...0x7E).contains(bytes[i + 1]) {
                    out.append(b | 0x80)
                    out.append(bytes[i + 1] | 0x80)
                    i += 2
                    continue
                }
                out.append(b)
                i += 1
            }
            return out
        }
    }
}
