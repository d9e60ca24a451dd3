/// Word wrapping by display width.
///
/// Lines break at spaces and never inside a word, unless the word alone is wider than the line;
/// then it is cut by grapheme cluster, never inside a wide character. Each CJK character (width 2)
/// may stand at a line break on its own, as CJK text has no spaces between words.
public enum TextWrap {
    /// `text` wrapped to lines of at most `width` columns; always at least one line.
    ///
    /// ```swift
    /// TextWrap.wrap("the quick brown fox", width: 9)  // ["the quick", "brown fox"]
    /// ```
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for token in tokens(text) {
            let gap = lineWidth > 0 && token.spaced ? 1 : 0
            if lineWidth + gap + token.width <= width {
                if gap == 1 { line.append(" ") }
                line += token.text
                lineWidth += gap + token.width
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
            }
            var rest = Substring(token.text)
            var restWidth = token.width
            while restWidth > width {
                let (head, headWidth) = prefix(of: rest, fitting: width)
                lines.append(String(head))
                rest = rest.dropFirst(head.count)
                restWidth -= headWidth
            }
            line = String(rest)
            lineWidth = restWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    // MARK: - Pieces

    struct Token {
        var text: String
        var width: Int
        /// Whether whitespace came before it in the source.
        var spaced: Bool
    }

    /// Words (runs between whitespace), with each wide character a token of its own.
    static func tokens(_ text: String) -> [Token] {
        if DisplayWidth.isPlainASCII(text) {
            // Words are the runs between spaces; one column per byte.
            return text.utf8.split(separator: UInt8(ascii: " ")).map {
                Token(text: String(decoding: $0, as: UTF8.self), width: $0.count, spaced: true)
            }
        }
        var tokens: [Token] = []
        var word = ""
        var wordWidth = 0
        var wordSpaced = false
        var sawSpace = false
        func flush() {
            if !word.isEmpty { tokens.append(Token(text: word, width: wordWidth, spaced: wordSpaced)) }
            word = ""
            wordWidth = 0
        }
        for character in text {
            if character.isWhitespace {
                flush()
                sawSpace = true
                continue
            }
            let w = DisplayWidth.of(character)
            if w == 2 {
                flush()
                tokens.append(Token(text: String(character), width: 2, spaced: sawSpace))
                sawSpace = false
                continue
            }
            if word.isEmpty {
                wordSpaced = sawSpace
                sawSpace = false
            }
            word.append(character)
            wordWidth += w
        }
        flush()
        return tokens
    }

    /// The longest prefix of `text` within `width` columns (at least one character).
    static func prefix(of text: Substring, fitting width: Int) -> (Substring, Int) {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = DisplayWidth.of(text[index])
            if used + w > width, end > text.startIndex { break }
            used += w
            end = text.index(after: index)
            if used >= width { break }
        }
        return (text[text.startIndex..<end], used)
    }
}
