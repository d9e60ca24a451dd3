/// A node of a parsed filter, with the columns it came from.
public struct FilterNode: Equatable, Sendable {
    /// What the node tests.
    public indirect enum Kind: Equatable, Sendable {
        /// Every child matches (implicit AND).
        case all([FilterNode])
        /// At least one child matches (`OR`).
        case any([FilterNode])
        /// The child does not match (`-`).
        case not(FilterNode)
        /// Full-text search, in every text field or in one.
        case text(TextTerm)
        /// A substring of the section (`section:`).
        case section(String)
        /// A substring of the site, URL or file path (`source:`).
        case source(String)
        /// A mark (`is:`).
        case status(Status)
        /// A date bound (`after:`, `before:`, `on:`).
        case date(DateBound, FilterDate)
    }

    public var kind: Kind
    /// The 1-based columns (in characters) the node spans, end exclusive.
    public var range: Range<Int>

    public init(_ kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// A word, phrase or prefix to look up in the full-text index.
public struct TextTerm: Equatable, Sendable {
    /// Which text fields to search.
    public enum Field: String, Equatable, Sendable, CaseIterable {
        case any, title, author
    }

    /// The word or the phrase's words, as typed (without quotes or trailing `*`).
    public var text: String
    /// True for `"quoted phrases"`.
    public var isPhrase: Bool
    /// True for `trad*`.
    public var isPrefix: Bool
    public var field: Field

    public init(_ text: String, isPhrase: Bool = false, isPrefix: Bool = false, field: Field = .any) {
        self.text = text
        self.isPhrase = isPhrase
        self.isPrefix = isPrefix
        self.field = field
    }
}

/// A mark an article can carry.
public enum Status: String, Equatable, Sendable, CaseIterable {
    case unread, read, starred
}

/// How a date filter relates to its period.
public enum DateBound: String, Equatable, Sendable {
    /// Strictly after the period (`after:2016-12` starts on 2017-01-01).
    case after
    /// Strictly before the period (`before:2017` ends on 2016-12-31).
    case before
    /// Within the period.
    case on
}

// MARK: - Canonical form

extension FilterNode {
    /// A position-free S-expression of the tree, used by tests and for logging.
    public var canonical: String {
        switch kind {
        case let .all(children): return "(and " + children.map(\.canonical).joined(separator: " ") + ")"
        case let .any(children): return "(or " + children.map(\.canonical).joined(separator: " ") + ")"
        case let .not(child): return "(not \(child.canonical))"
        case let .text(term):
            let field = term.field == .any ? "" : "\(term.field.rawValue):"
            let body = term.isPhrase ? "\"\(term.text)\"" : term.text
            return field + body + (term.isPrefix ? "*" : "")
        case let .section(value): return "section:\"\(value)\""
        case let .source(value): return "source:\"\(value)\""
        case let .status(status): return "is:\(status.rawValue)"
        case let .date(bound, date): return "\(bound.rawValue):\(date)"
        }
    }
}
