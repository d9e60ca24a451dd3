/// FilterQuery: the filter language, text in, syntax tree out.
///
/// One parser serves the CLI (`folio list QUERY`), the reader's prompt and `Store`, which
/// compiles the tree to SQL. This module is pure: it never touches a database, a file or the
/// terminal, and it never crashes on input — every malformed query is a ``FilterQueryError``
/// that names the 1-based column and what was expected there.
///
/// The language (case-insensitive):
/// - `trade deal` — both words (implicit AND); `"trade deal"` — the phrase; `trad*` — a prefix.
/// - `trade OR tariff` — either; `OR` binds looser than AND; parentheses group.
/// - `-trump`, `-section:sport` — negation.
/// - `title:`, `author:`, `section:`, `source:` — restrict a word or phrase to one field.
/// - `is:unread`, `is:read`, `is:starred` — marks.
/// - `after:2016-12`, `before:2017`, `on:2017-01-09` — dates as `YYYY`, `YYYY-MM` or
///   `YYYY-MM-DD`; `after:` and `before:` exclude the period they name.
///
/// The lexer reads Unicode scalars, so a quote, parenthesis or space followed by a combining
/// mark is still syntax; columns in errors count characters. `Store` quotes every term it
/// hands to SQLite, so nothing typed here is ever SQL or FTS5 syntax.
///
/// Status of this note: 2026-12-08, scalar lexing and tighter limits (issue 10).
public struct FilterQuery: Equatable, Sendable {
    /// The text as the user typed it.
    public let text: String
    /// The syntax tree, or `nil` when the query is empty (everything matches).
    public let root: FilterNode?

    /// Parses `text`.
    ///
    /// ```swift
    /// let query = try FilterQuery("trade -trump after:2016")
    /// ```
    /// - Throws: ``FilterQueryError`` with the column where the query went wrong.
    public init(_ text: String) throws(FilterQueryError) {
        self.text = text
        var parser = FilterParser(tokens: try FilterLexer.tokens(of: text))
        self.root = try parser.parseQuery()
    }

    /// A position-free rendering of the tree, e.g. `(and "trade" (not "trump"))`.
    ///
    /// Two queries that differ only in spacing have the same canonical form.
    public var canonical: String { root?.canonical ?? "(all)" }

    /// Limits that keep a hostile query from exhausting the stack or the database.
    public enum Limits {
        /// Deepest nesting of parentheses accepted.
        ///
        /// SQLite's and FTS5's parsers keep about 100 entries on their stacks, and each level
        /// can nest an OR, an AND and a NOT: the worst shape (`is:read OR is:unread -(…)`)
        /// compiles to SQL that SQLite 3.40 still parses at 13 levels.
        public static let maximumDepth = 10
        /// Most terms (words, phrases, fields) accepted in one query.
        public static let maximumTerms = 256
        /// Longest query accepted, in Unicode scalars: well within SQLite's limit on a `LIKE`
        /// pattern (50,000 bytes) for a `section:` or `source:` value.
        public static let maximumLength = 4096
    }
}
