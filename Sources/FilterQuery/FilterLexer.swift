/// A lexical token of the filter language, with its 1-based column range.
struct FilterToken: Equatable {
    enum Kind: Equatable {
        case word(String)
        case phrase(String)
        /// `name:` — the name without the colon, as typed.
        case field(String)
        case minus
        case openParenthesis
        case closeParenthesis
    }

    var kind: Kind
    /// Columns in characters (what the user sees), end exclusive.
    var range: Range<Int>

    /// How the token reads in an error message.
    var quoted: String {
        switch kind {
        case let .word(w): return "'\(w)'"
        case let .phrase(p): return "\"\(p)\""
        case let .field(f): return "'\(f):'"
        case .minus: return "'-'"
        case .openParenthesis: return "'('"
        case .closeParenthesis: return "')'"
        }
    }
}

/// Splits query text into tokens. Never fails except on an unclosed quote or an overlong query.
///
/// The lexer reads Unicode scalars, not characters: a quote, a parenthesis or a space is
/// itself even when a combining mark follows it (`a"\u{301}b` opens a quote). Reading
/// characters made `"\u{301}` one character that was no quote, so the quote reached the
/// full-text index as syntax. Columns in tokens and errors still count characters, as the
/// user sees them.
enum FilterLexer {
    static func tokens(of text: String) throws(FilterQueryError) -> [FilterToken] {
        let scalars = Array(text.unicodeScalars)
        let columns = ColumnMap(text)
        guard scalars.count <= FilterQuery.Limits.maximumLength else {
            throw .tooLong(column: columns.start(FilterQuery.Limits.maximumLength))
        }
        var tokens: [FilterToken] = []
        var i = 0

        while i < scalars.count {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            let start = i
            let kind: FilterToken.Kind
            switch s {
            case "(":
                i += 1
                kind = .openParenthesis
            case ")":
                i += 1
                kind = .closeParenthesis
            case "\"":
                i += 1
                var content = String.UnicodeScalarView()
                while i < scalars.count, scalars[i] != "\"" { content.append(scalars[i]); i += 1 }
                guard i < scalars.count else { throw .unclosedQuote(column: columns.start(start)) }
                i += 1
                // Runs of whitespace inside a phrase mean one space, as in the sanitised articles.
                let words = content.split(whereSeparator: \.properties.isWhitespace).map { String($0) }
                kind = .phrase(words.joined(separator: " "))
            case "-" where startsOperand(scalars, i + 1):
                i += 1
                kind = .minus
            default:
                var word = String.UnicodeScalarView()
                var isField = false
                while i < scalars.count, !ends(scalars[i]) {
                    if scalars[i] == ":", isFieldName(word) {
                        i += 1
                        isField = true
                        break
                    }
                    word.append(scalars[i])
                    i += 1
                }
                kind = isField ? .field(String(word)) : .word(String(word))
            }
            tokens.append(FilterToken(kind: kind, range: columns.start(start)..<columns.end(i)))
        }
        return tokens
    }

    /// True if a `-` at `index - 1` negates what follows rather than being part of a word.
    private static func startsOperand(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index < scalars.count && !scalars[index].properties.isWhitespace && scalars[index] != ")"
    }

    private static func ends(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s == "(" || s == ")" || s == "\""
    }

    /// A letter followed by letters and combining marks: what may stand before `:` as a field name.
    private static func isFieldName(_ word: String.UnicodeScalarView) -> Bool {
        guard let first = word.first, first.properties.isAlphabetic else { return false }
        return word.allSatisfy { s in
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return s.properties.isAlphabetic
            }
        }
    }
}

/// Converts scalar offsets of a query to the 1-based character columns the user sees.
private struct ColumnMap {
    /// The 0-based character index of each scalar; empty when every scalar is its own character.
    private var characterOf: [Int] = []

    init(_ text: String) {
        guard text.unicodeScalars.count != text.count else { return }
        for (index, character) in text.enumerated() {
            characterOf += repeatElement(index, count: character.unicodeScalars.count)
        }
    }

    /// The column of the character holding scalar `offset`.
    func start(_ offset: Int) -> Int {
        characterOf.isEmpty || offset >= characterOf.count ? offset + 1 : characterOf[offset] + 1
    }

    /// The column just past the character holding the scalar before `offset` (an exclusive end).
    func end(_ offset: Int) -> Int {
        characterOf.isEmpty || offset == 0 ? offset + 1 : characterOf[min(offset, characterOf.count) - 1] + 2
    }
}
