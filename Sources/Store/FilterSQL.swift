import FilterQuery
import GRDB

/// A filter tree compiled to an SQL predicate over `article AS a`, with bound arguments only.
///
/// Text terms become FTS5 phrases, always quoted, so no user text is ever FTS5 or SQL syntax.
/// Neighbouring text terms of an AND or OR are merged into one `MATCH` (`trade -trump` becomes
/// `("trade") NOT ("trump")`), so SQLite probes the index once. Terms without a letter or
/// digit (`';`, `--`) match everything, as the index would never hold them; such a filter
/// reports ``selectsEverything`` so destructive callers can refuse it.
struct FilterSQL {
    /// The predicate, with ``idMarker`` where a full-text test names the article id.
    private var template: String
    var arguments: StatementArguments
    /// The MATCH expression when the whole filter is one full-text test (count it in the index alone).
    var soleMatch: String?
    /// A MATCH expression every result must satisfy, if any: probing its hit count picks the plan.
    var leadingMatch: String?
    /// True when the predicate is `1`: no filter, or only terms that constrain nothing.
    var selectsEverything = false

    fileprivate static let idMarker = "\u{1}ID\u{1}"

    /// The predicate SQL. With `scanningOrder`, full-text tests stop SQLite from driving the
    /// query by rowid lookups, so it walks the ORDER BY index and stops at LIMIT: much faster
    /// when a term matches thousands of articles (`trade -trump`), slower when it matches few.
    func sql(scanningOrder: Bool) -> String {
        template.replacingOccurrences(of: Self.idMarker, with: scanningOrder ? "+a.id" : "a.id")
    }

    /// The predicate SQL letting SQLite drive by full-text hits (right for a single article or few hits).
    var sql: String { sql(scanningOrder: false) }

    /// The predicate for `node`; `nil` selects every article.
    static func predicate(_ node: FilterNode?) -> FilterSQL {
        guard let node else { return FilterSQL(template: "1", arguments: [], selectsEverything: true) }
        var result: FilterSQL
        switch compile(node) {
        case .everything: result = FilterSQL(template: "1", arguments: [], selectsEverything: true)
        case .nothing: result = FilterSQL(template: "0", arguments: [])
        case let .sql(sql, arguments): result = FilterSQL(template: sql, arguments: StatementArguments(arguments))
        }
        result.soleMatch = ftsExpression(node)
        result.leadingMatch = result.soleMatch ?? leadingExpression(node)
        return result
    }

    /// The merged full-text part of a top-level AND, as ``compileAll(_:)`` builds it.
    private static func leadingExpression(_ node: FilterNode) -> String? {
        guard case let .all(children) = node.kind else { return nil }
        let positives = children.compactMap(ftsExpression)
        return positives.isEmpty ? nil : positives.joined(separator: " AND ")
    }

    enum Compiled {
        case everything
        case nothing
        case sql(String, [any DatabaseValueConvertible & Sendable])
    }

    private static func compile(_ node: FilterNode) -> Compiled {
        switch node.kind {
        case .text:
            guard let expression = ftsExpression(node) else { return .everything }
            return match(expression)
        case let .section(value):
            return value.isEmpty ? .everything : .sql("a.section LIKE ? ESCAPE '\\'", [likePattern(value)])
        case let .source(value):
            guard !value.isEmpty else { return .everything }
            let pattern = likePattern(value)
            return .sql("(a.site LIKE ? ESCAPE '\\' OR a.url LIKE ? ESCAPE '\\' OR a.sourcePath LIKE ? ESCAPE '\\')",
                        [pattern, pattern, pattern])
        case let .status(status):
            switch status {
            case .unread: return .sql("a.readAt IS NULL", [])
            case .read: return .sql("a.readAt IS NOT NULL", [])
            case .starred: return .sql("a.starredAt IS NOT NULL", [])
            }
        case let .date(bound, date):
            switch bound {
            case .after: return .sql("a.date > ?", [date.lastDay])
            case .before: return .sql("a.date < ?", [date.firstDay])
            case .on: return .sql("a.date BETWEEN ? AND ?", [date.firstDay, date.lastDay])
            }
        case let .not(child):
            switch compile(child) {
            case .everything: return .nothing
            case .nothing: return .everything
            // A missing field (NULL) counts as "does not match", so `-section:x` keeps unsectioned
            // articles. `IS NOT 1` says so with one level of nesting (SQLite's parser stack is small).
            case let .sql(sql, arguments): return .sql("(\(sql)) IS NOT 1", arguments)
            }
        case let .all(children):
            return compileAll(children)
        case let .any(children):
            return compileAny(children)
        }
    }

    private static func compileAll(_ children: [FilterNode]) -> Compiled {
        let (positives, negatives, rest) = partition(children)
        var parts: [Compiled] = []
        if !positives.isEmpty {
            parts.append(match(conjunction(positives, negatives)))
        } else if !negatives.isEmpty {
            parts.append(.sql("\(idMarker) NOT IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?)",
                              [negatives.joined(separator: " OR ")]))
        }
        parts += rest.map(compile)
        var sql: [String] = []
        var arguments: [any DatabaseValueConvertible & Sendable] = []
        for part in parts {
            switch part {
            case .nothing: return .nothing
            case .everything: continue
            case let .sql(s, a): sql.append("(\(s))"); arguments += a
            }
        }
        return sql.isEmpty ? .everything : .sql(sql.joined(separator: " AND "), arguments)
    }

    private static func compileAny(_ children: [FilterNode]) -> Compiled {
        var expressions: [String] = []
        var parts: [Compiled] = []
        for child in children {
            if let expression = ftsExpression(child) { expressions.append(expression) } else { parts.append(compile(child)) }
        }
        if !expressions.isEmpty { parts.append(match(expressions.joined(separator: " OR "))) }
        var sql: [String] = []
        var arguments: [any DatabaseValueConvertible & Sendable] = []
        for part in parts {
            switch part {
            case .everything: return .everything
            case .nothing: continue
            case let .sql(s, a): sql.append(s); arguments += a
            }
        }
        return sql.isEmpty ? .nothing : .sql(sql.joined(separator: " OR "), arguments)
    }

    private static func match(_ expression: String) -> Compiled {
        .sql("\(idMarker) IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?)", [expression])
    }

    // MARK: - FTS5 expressions

    /// The FTS5 expression for a node made only of positive text terms (possibly with
    /// negated ones inside an AND), or `nil` if the node needs SQL.
    static func ftsExpression(_ node: FilterNode) -> String? {
        switch node.kind {
        case let .text(term):
            guard hasIndexedCharacters(term.text) else { return nil }
            let phrase = quoted(term.text) + (term.isPrefix ? "*" : "")
            switch term.field {
            case .any: return phrase
            case .title: return "(title : \(phrase))"
            case .author: return "(authors : \(phrase))"
            }
        case let .any(children):
            let parts = children.compactMap(ftsExpression)
            return parts.count == children.count ? "(" + parts.joined(separator: " OR ") + ")" : nil
        case let .all(children):
            let (positives, negatives, rest) = partition(children)
            guard rest.isEmpty, !positives.isEmpty else { return nil }
            return "(" + conjunction(positives, negatives) + ")"
        default:
            return nil
        }
    }

    /// `positives` all match and no `negatives` does, as one flat FTS5 expression:
    /// `(p1 AND p2) NOT (n1 OR n2)`. Chaining one `NOT` per negative nested the expression once
    /// per term, and FTS5's parser stack overflowed at about 100 (`a -b -c …`).
    private static func conjunction(_ positives: [String], _ negatives: [String]) -> String {
        let all = positives.count == 1 ? positives[0] : "(" + positives.joined(separator: " AND ") + ")"
        guard !negatives.isEmpty else { return all }
        let any = negatives.count == 1 ? negatives[0] : "(" + negatives.joined(separator: " OR ") + ")"
        return all + " NOT " + any
    }

    /// `text` as one FTS5 string: in double quotes, each `"` doubled, controls made spaces.
    ///
    /// Works on Unicode scalars: a quote followed by a combining mark is one `Character` that
    /// string replacement does not see as a quote, yet FTS5 reads its first byte as one.
    static func quoted(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out.append(scalar) }
            // FTS5 reads a NUL as the end of the query string.
            out.append(scalar.properties.generalCategory == .control ? " " : scalar)
        }
        out.append("\"")
        return String(out)
    }

    /// Splits the children of an AND into full-text terms, negated full-text terms (both as
    /// FTS5 expressions, to merge into one `MATCH`) and the rest, which need SQL.
    private static func partition(_ children: [FilterNode]) -> (positives: [String], negatives: [String], rest: [FilterNode]) {
        var positives: [String] = []
        var negatives: [String] = []
        var rest: [FilterNode] = []
        for child in children {
            if let expression = ftsExpression(child) {
                positives.append(expression)
            } else if case let .not(inner) = child.kind, let expression = ftsExpression(inner) {
                negatives.append(expression)
            } else {
                rest.append(child)
            }
        }
        return (positives, negatives, rest)
    }

    /// True if the tokenizer (unicode61) would index something in `text`.
    static func hasIndexedCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .privateUse:
                return true
            default:
                return false
            }
        }
    }

    /// A `LIKE` pattern (escape character: backslash) matching `value` anywhere, its `%`, `_`
    /// and backslash taken literally and its controls made spaces. Scalar by scalar, so a `%`
    /// followed by a combining mark is still escaped.
    private static func likePattern(_ value: String) -> String {
        var escaped = String.UnicodeScalarView()
        escaped.append("%")
        for scalar in value.unicodeScalars {
            if scalar == "%" || scalar == "_" || scalar == "\\" { escaped.append("\\") }
            escaped.append(scalar.properties.generalCategory == .control ? " " : scalar)
        }
        escaped.append("%")
        return String(escaped)
    }
}
