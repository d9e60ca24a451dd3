/// Finds publication days in date strings and URLs, as ISO `YYYY-MM-DD`.
enum HTMLDates {
    /// The first plausible `YYYY-MM-DD` (or `YYYY/MM/DD`, `YYYYMMDD`) at the start of `text`.
    static func isoDay(in text: String) -> String? {
        let digits = Array(text.trimmed.utf8.prefix(32))
        return day(in: digits, at: 0)
    }

    /// A day in a URL path: `/2019/11/19/`, `/2019-11-19`, `/20191119/`.
    static func dayInURL(_ url: String) -> String? {
        let bytes = Array(url.utf8)
        var i = 0
        while i + 8 <= bytes.count {
            if i > 0, bytes[i - 1] == 0x2F || bytes[i - 1] == 0x2D || bytes[i - 1] == 0x5F, let day = day(in: bytes, at: i) {
                let after = i + (bytes[i + 4] == 0x2F || bytes[i + 4] == 0x2D ? 10 : 8)
                if after >= bytes.count || !(0x30...0x39).contains(bytes[after]) { return day }
            }
            i += 1
        }
        return nil
    }

    private static func day(in bytes: [UInt8], at start: Int) -> String? {
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for b in bytes[from..<(from + count)] {
                guard (0x30...0x39).contains(b) else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        guard let year = number(start, 4), (1990...2100).contains(year), start + 4 < bytes.count else { return nil }
        let separated = bytes[start + 4] == 0x2D || bytes[start + 4] == 0x2F || bytes[start + 4] == 0x2E
        let monthAt = start + (separated ? 5 : 4)
        guard let month = number(monthAt, 2), (1...12).contains(month) else { return nil }
        if separated && (monthAt + 2 >= bytes.count || bytes[monthAt + 2] != bytes[start + 4]) { return nil }
        guard let day = number(monthAt + (separated ? 3 : 2), 2), (1...31).contains(day) else { return nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
