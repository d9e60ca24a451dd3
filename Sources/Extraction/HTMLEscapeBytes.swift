/// An HTML page's escape sequences, rewritten so the HTML parser hands them to the sanitiser.
///
/// libxml2 drops ESC and BEL from text (they are not XML characters) but keeps the rest of a
/// sequence: `ESC ]0;TITLE BEL` reached the article as `]0;TITLE`, `ESC [31m` as `[31m`, and
/// the sanitiser could no longer tell them from text. ECMA-48 gives the 7-bit introducers
/// their 8-bit equivalents, C1 controls, which libxml2 keeps. So before parsing, `ESC [`
/// becomes `&#x9B;` (CSI), `ESC ]` `&#x9D;` (OSC), `ESC P`, `ESC X`, `ESC ^`, `ESC _` the
/// other string introducers, and `ESC \` and BEL `&#x9C;` (ST: a string's terminator; alone,
/// both are removed). A character reference means the same in every ASCII-compatible
/// charset, and ``TextSanitizer`` then removes each sequence exactly as in a text page.
///
/// Other `ESC` sequences are left alone: they have no 8-bit form, ISO-2022 charsets use them
/// (`ESC $ B`), and what libxml2 leaves of them is one or two plain characters. A page holding
/// a NUL byte (UTF-16 or UTF-32) is left alone too: there a 0x07 byte can be half a character.
enum HTMLEscapeBytes {
    /// `bytes` with escape-sequence introducers, ST and BEL written as character references;
    /// the same array when it holds none (the common case costs one word-at-a-time scan).
    static func referenced(_ bytes: [UInt8]) -> [UInt8] {
        guard needsRewrite(bytes) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == 0x07 {
                out += reference(0x9C)
            } else if b == 0x1B, i < bytes.count, let c1 = c1Form(bytes[i]) {
                out += reference(c1)
                i += 1
            } else {
                out.append(b)
            }
        }
        return out
    }

    /// The C1 control that `ESC` followed by `byte` stands for, among those rewritten.
    private static func c1Form(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x5B, 0x5D, 0x50, 0x58, 0x5E, 0x5F, 0x5C: return byte + 0x40
        default: return nil
        }
    }

    /// `&#xHH;` for a C1 control.
    private static func reference(_ c1: UInt8) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        return Array("&#x".utf8) + [hex[Int(c1 >> 4)], hex[Int(c1 & 0xF)], UInt8(ascii: ";")]
    }

    /// True if `bytes` hold an ESC or a BEL and no NUL.
    private static func needsRewrite(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var found = false
            var i = 0
            let n = bytes.count
            while i + 8 <= n {
                let w = ByteWords.load(bytes, i)
                if ByteWords.bytesBelow(w, 0x1C) != 0 {
                    if ByteWords.zeroBytes(w) != 0 { return false }
                    found = found || ByteWords.equalBytes(w, 0x1B) | ByteWords.equalBytes(w, 0x07) != 0
                }
                i += 8
            }
            while i < n {
                if bytes[i] == 0 { return false }
                found = found || bytes[i] == 0x1B || bytes[i] == 0x07
                i += 1
            }
            return found
        }
    }
}
