/// Recursive-descent parser over ``FilterToken``s.
///
/// ```
/// query   := orExpr? END
/// orExpr  := andExpr ("OR" andExpr)*
/// andExpr := unary ("AND"? unary)*
/// unary   := "-"* primary
/// primary := "(" orExpr ")" | WORD | PHRASE | FIELD value
/// ```
/// Depth and term counts are bounded (``FilterQuery/Limits``), so no input can exhaust the stack.
struct FilterParser {
    private let tokens: [FilterToken]
    private var index = 0
    private var depth = 0
    private var terms = 0

    init(tokens: [FilterToken]) {
        self.tokens = tokens
    }

    mutating func parseQuery() throws(FilterQueryError) -> FilterNode? {
        guard !tokens.isEmpty else { return nil }
        let node = try parseOr()
        if let token = peek {
            throw .expected("a word, phrase or field", found: token.quoted, column: token.range.lowerBound)
        }
        return node
    }

    // MARK: - Grammar

    private mutating func parseOr() throws(FilterQueryError) -> FilterNode {
        var children = [try parseAnd()]
        while let token = peek, isKeyword(token, "or") {
            index += 1
            children.append(try parseAnd())
        }
        return children.count == 1 ? children[0] : FilterNode(.any(children), range: span(children))
    }

    private mutating func parseAnd() throws(FilterQueryError) -> FilterNode {
        var children: [FilterNode] = []
        while let token = peek, token.kind != .closeParenthesis, !isKeyword(token, "or") {
            if isKeyword(token, "and"), !children.isEmpty {
                index += 1
                guard let next = peek, next.kind != .closeParenthesis, !isKeyword(next, "or") else {
                    throw expectedTerm(after: "AND")
                }
                continue
            }
            children.append(try parseUnary())
        }
        guard !children.isEmpty else { throw expectedTerm(after: nil) }
        return children.count == 1 ? children[0] : FilterNode(.all(children), range: span(children))
    }

    private mutating func parseUnary() throws(FilterQueryError) -> FilterNode {
        var negations = 0
        let start = peek?.range.lowerBound ?? endColumn
        while let token = peek, token.kind == .minus {
            negations += 1
            index += 1
        }
        let node = try parsePrimary()
        guard negations % 2 == 1 else { return node }
        return FilterNode(.not(node), range: start..<node.range.upperBound)
    }

    private mutating func parsePrimary() throws(FilterQueryError) -> FilterNode {
        guard let token = next() else { throw expectedTerm(after: nil) }
        switch token.kind {
        case .openParenthesis:
            depth += 1
            guard depth <= FilterQuery.Limits.maximumDepth else { throw .tooDeep(column: token.range.lowerBound) }
            let inner = try parseOr()
            guard let close = next(), close.kind == .closeParenthesis else {
                throw .unclosedParenthesis(column: token.range.lowerBound)
            }
            depth -= 1
            return FilterNode(inner.kind, range: token.range.lowerBound..<close.range.upperBound)
        case let .word(word):
            try count(token)
            return FilterNode(.text(Self.term(word, field: .any)), range: token.range)
        case let .phrase(phrase):
            try count(token)
            return FilterNode(.text(TextTerm(phrase, isPhrase: true)), range: token.range)
        case let .field(name):
            try count(token)
            return try parseField(name, at: token)
        case .minus, .closeParenthesis:
            throw .expected("a word, phrase or field", found: token.quoted, column: token.range.lowerBound)
        }
    }

    private mutating func parseField(_ name: String, at fieldToken: FilterToken) throws(FilterQueryError) -> FilterNode {
        let column = fieldToken.range.lowerBound
        let field = name.lowercased()
        let known = ["title", "author", "authors", "section", "source", "is", "after", "before", "on"]
        guard known.contains(field) else { throw .unknownField(name, column: column) }
        guard let valueToken = peek else {
            throw .expected("a value after '\(name):'", found: "the end of the query", column: endColumn)
        }
        let value: String
        var isPhrase = false
        switch valueToken.kind {
        case let .word(word): value = word
        case let .phrase(phrase): value = phrase; isPhrase = true
        default:
            throw .expected("a value after '\(name):'", found: valueToken.quoted, column: valueToken.range.lowerBound)
        }
        index += 1
        let range = column..<valueToken.range.upperBound
        let valueColumn = valueToken.range.lowerBound
        switch field {
        case "title", "author", "authors":
            let textField: TextTerm.Field = field == "title" ? .title : .author
            let term = isPhrase ? TextTerm(value, isPhrase: true, field: textField) : Self.term(value, field: textField)
            return FilterNode(.text(term), range: range)
        case "section":
            return FilterNode(.section(value), range: range)
        case "source":
            return FilterNode(.source(value), range: range)
        case "is":
            guard let status = Status(rawValue: value.lowercased()) else {
                throw .unknownStatus(value, column: valueColumn)
            }
            return FilterNode(.status(status), range: range)
        default:
            guard let date = FilterDate(value) else { throw .badDate(value, column: valueColumn) }
            return FilterNode(.date(DateBound(rawValue: field) ?? .on, date), range: range)
        }
    }

    // MARK: - Helpers

    private static func term(_ word: String, field: TextTerm.Field) -> TextTerm {
        if word.count > 1, word.hasSuffix("*") {
            return TextTerm(String(word.dropLast()), isPrefix: true, field: field)
        }
        return TextTerm(word, field: field)
    }

    private var peek: FilterToken? { index < tokens.count ? tokens[index] : nil }

    private var endColumn: Int { (tokens.last?.range.upperBound ?? 1) }

    private mutating func next() -> FilterToken? {
        defer { index += 1 }
        return peek
    }

    private mutating func count(_ token: FilterToken) throws(FilterQueryError) {
        terms += 1
        if terms > FilterQuery.Limits.maximumTerms { throw .tooManyTerms(column: token.range.lowerBound) }
    }

    private func isKeyword(_ token: FilterToken, _ keyword: String) -> Bool {
        if case let .word(word) = token.kind { return word.lowercased() == keyword }
        return false
    }

    private func expectedTerm(after keyword: String?) -> FilterQueryError {
        let what = keyword.map { "a word, phrase or field after \($0)" } ?? "a word, phrase or field"
        guard let token = peek else {
            return .expected(what, found: "the end of the query", column: endColumn)
        }
        return .expected(what, found: token.quoted, column: token.range.lowerBound)
    }

    private func span(_ nodes: [FilterNode]) -> Range<Int> {
        (nodes.first?.range.lowerBound ?? 1)..<(nodes.last?.range.upperBound ?? 1)
    }
}
