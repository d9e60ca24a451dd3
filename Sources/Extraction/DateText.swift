/// Reads publication dates from text: the dump's ` date YYYY-MM-DD Section` header and
/// dates written in prose ("Nov 19, 2019", "19. November 2019", "2019-11-18T20:51Z").
enum DateText {
    /// The dump header ` date 2017-01-09 News`: the ISO day and the section after it, if any.
    static func header(_ line: Substring) -> (date: String, section: String?)? {
        // A section name is a few words: a long first line is page text that merely starts so.
        guard line.utf8.count <= 160 else { return nil }
        var rest = line.drop(while: { $0 == " " })
        guard rest.hasPrefix("date ") else { return nil }
        rest = rest.dropFirst(5).drop(while: { $0 == " " })
        guard let day = isoDay(rest.prefix(10)) else { return nil }
        let section = TextLine.trim(rest.dropFirst(10))
        return (day, section.isEmpty ? nil : String(section))
    }

    /// `YYYY-MM-DD` at the start of `text`, validated.
    static func isoDay<S: StringProtocol>(_ text: S) -> String? {
        let b = Array(text.utf8.prefix(10))
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        guard let y = number(b[0..<4]), let m = number(b[5..<7]), let d = number(b[8..<10]) else { return nil }
        return format(y, m, d)
    }

    /// The first date written anywhere in `text`, as an ISO day.
    static func find(in text: Substring) -> String? {
        let tokens = asciiTokens(text) ?? text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        for (i, token) in tokens.enumerated() {
            if token.utf8.count >= 10, let day = isoDay(token) { return day }
            if let m = month(token) {
                // "Nov 19, 2019" / "November 19 2019"
                if i + 2 < tokens.count, let d = Int(tokens[i + 1]), let y = Int(tokens[i + 2]), let day = format(y, m, d) {
                    return day
                }
                // "19 November 2019" / "19. November 2019"
                if i >= 1, i + 1 < tokens.count, let d = Int(tokens[i - 1]), let y = Int(tokens[i + 1]), let day = format(y, m, d) {
                    return day
                }
            }
        }
        return nil
    }

    /// The tokens of an all-ASCII `text` (runs of letters, digits and `-`), found on bytes;
    /// nil when `text` has non-ASCII bytes. For ASCII, `Character.isLetter` and `isNumber`
    /// mean `A–Z a–z` and `0–9`, so these are the tokens the `Character` split gives, without
    /// its grapheme breaking and property lookups.
    private static func asciiTokens(_ text: Substring) -> [Substring]? {
        var ranges: [Range<Int>] = []
        var copy = text
        let ascii = copy.withUTF8 { bytes -> Bool in
            var start = -1
            for (i, b) in bytes.enumerated() {
                guard b < 0x80 else { return false }
                let inToken = (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x2D
                if inToken && start < 0 { start = i }
                if !inToken && start >= 0 { ranges.append(start..<i); start = -1 }
            }
            if start >= 0 { ranges.append(start..<bytes.count) }
            return true
        }
        guard ascii else { return nil }
        let utf8 = text.utf8
        return ranges.map { r in
            let lower = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
            return text[lower..<utf8.index(lower, offsetBy: r.count)]
        }
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in bytes {
            guard (0x30...0x39).contains(b) else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    private static func month<S: StringProtocol>(_ token: S) -> Int? {
        var bytes = token.utf8.makeIterator()
        if let b0 = bytes.next(), let b1 = bytes.next(), b0 < 0x80, b1 < 0x80,
           !monthOpenings.contains(Int(lowerASCII(b0)) << 7 | Int(lowerASCII(b1))) {
            // Both keys looked up below start with these two lower-cased bytes.
            return nil
        }
        guard token.count >= 3, token.count <= 9, token.first?.isLetter == true else { return nil }
        let key = String(token.lowercased().prefix(3))
        let full = token.lowercased()
        if let full = monthNames[full] { return full }
        guard token.count <= 5 else { return nil }
        return monthNames[key]
    }

    @inline(__always)
    private static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// The first two bytes of every ASCII-led key of ``monthNames``, as `b0 << 7 | b1`: a token
    /// whose lower-cased first two ASCII bytes are none of them names no month.
    private static let monthOpenings: Set<Int> = Set(monthNames.keys.compactMap { key in
        let b = Array(key.utf8.prefix(2))
        guard b.count == 2, b[0] < 0x80, b[1] < 0x80 else { return nil }
        return Int(b[0]) << 7 | Int(b[1])
    })

    private static let monthNames: [String: Int] = {
        var names: [String: Int] = [:]
        let lists = [
            "january february march april may june july august september october november december",
            "januar februar märz april mai juni juli august september oktober november dezember",
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        ]
        for list in lists {
            for (i, name) in list.split(separator: " ").enumerated() {
                names[String(name)] = i + 1
                if names[String(name.prefix(3))] == nil { names[String(name.prefix(3))] = i + 1 }
            }
        }
        names["sept"] = 9
        return names
    }()
}
