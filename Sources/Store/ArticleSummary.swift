import Extraction
import Foundation

/// One line of the article list: what the reader shows before an article is opened.
public struct ArticleSummary: Equatable, Sendable, Identifiable {
    public var id: Int64
    /// ISO `YYYY-MM-DD`, when known.
    public var date: String?
    public var section: String?
    /// The site's name, else the URL's host, else the file name.
    public var source: String?
    public var title: String
    public var isRead: Bool
    public var isStarred: Bool

    public init(id: Int64, date: String?, section: String?, source: String?, title: String, isRead: Bool, isStarred: Bool) {
        self.id = id
        self.date = date
        self.section = section
        self.source = source
        self.title = title
        self.isRead = isRead
        self.isStarred = isStarred
    }
}

/// An article as the library holds it: the content plus its id, times and marks.
public struct StoredArticle: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var article: Article
    public var importedAt: Date
    public var updatedAt: Date
    /// When it was marked read; `nil` while unread.
    public var readAt: Date?
    /// When it was starred; `nil` if not starred.
    public var starredAt: Date?

    public var isRead: Bool { readAt != nil }
    public var isStarred: Bool { starredAt != nil }
}

/// How a page of summaries is ordered.
public enum ArticleSort: String, Sendable, CaseIterable {
    /// Newest first; undated articles last.
    case dateDescending = "date"
    /// Oldest first; undated articles first (so the date index serves the order).
    case dateAscending = "date-asc"
    /// By title, ignoring case.
    case title
    /// Most recently imported first.
    case imported
}

/// Article counts for the status line and `folio stats`.
public struct ArticleCounts: Equatable, Sendable {
    /// Every article in the library.
    public var total: Int
    /// Unread articles among those matching the filter.
    public var unread: Int
    /// Starred articles among those matching the filter.
    public var starred: Int
    /// Articles matching the filter asked for (`total` when there is none).
    public var matching: Int
}
