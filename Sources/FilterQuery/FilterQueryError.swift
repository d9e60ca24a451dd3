/// Why a query could not be parsed, with the 1-based column (in characters) where it went wrong.
///
/// Messages never contain SQL; they name what was expected so the user can fix the query.
public enum FilterQueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Something else stood where `expected` was needed.
    case expected(_ expected: String, found: String, column: Int)
    /// A `"` was opened at `column` and never closed.
    case unclosedQuote(column: Int)
    /// A `(` was opened at `column` and never closed.
    case unclosedParenthesis(column: Int)
    /// `name:` is not a field Folio knows.
    case unknownField(_ name: String, column: Int)
    /// `is:` was followed by something other than `unread`, `read` or `starred`.
    case unknownStatus(_ value: String, column: Int)
    /// A date filter's value is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or names no real day.
    case badDate(_ value: String, column: Int)
    /// Parentheses nest deeper than ``FilterQuery/Limits/maximumDepth``.
    case tooDeep(column: Int)
    /// More terms than ``FilterQuery/Limits/maximumTerms``.
    case tooManyTerms(column: Int)
    /// Longer than ``FilterQuery/Limits/maximumLength``; `column` is where the excess begins.
    case tooLong(column: Int)

    /// The 1-based column the error points at.
    public var column: Int {
        switch self {
        case let .expected(_, _, column), let .unclosedQuote(column), let .unclosedParenthesis(column),
             let .unknownField(_, column), let .unknownStatus(_, column), let .badDate(_, column),
             let .tooDeep(column), let .tooManyTerms(column), let .tooLong(column):
            return column
        }
    }

    /// What went wrong, without the column.
    public var message: String {
        switch self {
        case let .expected(expected, found, _):
            return "expected \(expected), found \(found)"
        case .unclosedQuote:
            return "this quote is never closed; add a closing \""
        case .unclosedParenthesis:
            return "this parenthesis is never closed; add a closing )"
        case let .unknownField(name, _):
            return "unknown field '\(name):'; expected one of title:, author:, section:, source:, is:, "
                + "after:, before:, on: (put the word in quotes to search for it)"
        case let .unknownStatus(value, _):
            return "unknown mark 'is:\(value)'; expected is:unread, is:read or is:starred"
        case let .badDate(value, _):
            return "'\(value)' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"
        case .tooDeep:
            return "parentheses nest deeper than \(FilterQuery.Limits.maximumDepth); simplify the query"
        case .tooManyTerms:
            return "the query has more than \(FilterQuery.Limits.maximumTerms) terms; shorten it"
        case .tooLong:
            return "the query is longer than \(FilterQuery.Limits.maximumLength) characters; shorten it"
        }
    }

    public var description: String { "column \(column): \(message)" }

    /// The query, a caret under the failing column, and the message, on three lines.
    ///
    /// ```
    /// trade after:2017-13
    ///       ^
    /// column 7: '2017-13' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD
    /// ```
    public func pointing(into query: String) -> String {
        var pad = ""
        for character in query.prefix(max(0, column - 1)) {
            pad += character == "\t" ? "\t" : String(repeating: " ", count: Self.displayWidth(character))
        }
        return query + "\n" + pad + "^\n" + description
    }

    /// Terminal cells a character takes: 2 for East Asian wide and emoji, else 1.
    static func displayWidth(_ character: Character) -> Int {
        guard let v = character.unicodeScalars.first?.value else { return 1 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }
}
