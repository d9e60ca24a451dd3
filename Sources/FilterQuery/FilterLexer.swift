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

/// Splits query text into tokens. Never fails except on an unclosed quote.
enum FilterLexer {
    static func tokens(of text: String) throws(FilterQueryError) -> [FilterToken] {
        let chars = Array(text)
        var tokens: [FilterToken] = []
        var i = 0
        func column(_ index: Int) -> Int { index + 1 }

        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            switch c {
            case "(":
                tokens.append(FilterToken(kind: .openParenthesis, range: column(i)..<column(i + 1)))
                i += 1
            case ")":
                tokens.append(FilterToken(kind: .closeParenthesis, range: column(i)..<column(i + 1)))
                i += 1
            case "\"":
                let start = i
                i += 1
                var content = ""
                while i < chars.count, chars[i] != "\"" { content.append(chars[i]); i += 1 }
                guard i < chars.count else { throw .unclosedQuote(column: column(start)) }
                i += 1
                // Runs of whitespace inside a phrase mean one space, as in the sanitised articles.
                let words = content.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                tokens.append(FilterToken(kind: .phrase(words), range: column(start)..<column(i)))
            case "-" where startsOperand(chars, i + 1):
                tokens.append(FilterToken(kind: .minus, range: column(i)..<column(i + 1)))
                i += 1
            default:
                let start = i
                var word = ""
                while i < chars.count, !ends(chars[i]) {
                    if chars[i] == ":", !word.isEmpty, word.allSatisfy(\.isLetter) {
                        i += 1
                        break
                    }
                    word.append(chars[i])
                    i += 1
                }
                let isField = i > start && chars[i - 1] == ":" && word.count == i - start - 1
                let kind: FilterToken.Kind = isField ? .field(word) : .word(word)
                tokens.append(FilterToken(kind: kind, range: column(start)..<column(i)))
            }
        }
        return tokens
    }

    /// True if a `-` at `index - 1` negates what follows rather than being part of a word.
    private static func startsOperand(_ chars: [Character], _ index: Int) -> Bool {
        index < chars.count && !chars[index].isWhitespace && chars[index] != ")"
    }

    private static func ends(_ c: Character) -> Bool {
        c.isWhitespace || c == "(" || c == ")" || c == "\""
    }
}
