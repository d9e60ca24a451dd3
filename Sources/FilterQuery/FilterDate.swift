/// A calendar period named in a query: a year, a month or a day.
public struct FilterDate: Equatable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` if `text` is none of them or names no real day.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]), year >= 1
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3, let month {
            guard parts[2].count == 2, let d = Int(parts[2]),
                  (1...FilterDate.days(inMonth: month, year: year)).contains(d) else { return nil }
            day = d
        }
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first day of the period as ISO `YYYY-MM-DD`.
    public var firstDay: String { Self.iso(year, month ?? 1, day ?? 1) }

    /// The last day of the period as ISO `YYYY-MM-DD`.
    public var lastDay: String {
        let m = month ?? 12
        return Self.iso(year, m, day ?? Self.days(inMonth: m, year: year))
    }

    public var description: String {
        var text = Self.pad(year, 4)
        if let month { text += "-" + Self.pad(month, 2) }
        if let day { text += "-" + Self.pad(day, 2) }
        return text
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
