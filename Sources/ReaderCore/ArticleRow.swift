/// One line of the article list, as the library returns it for a window of rows.
///
/// `ReaderCore` defines its own copy of the fields it shows so that it never imports `Store`;
/// `folio` converts the library's records into rows.
public struct ArticleRow: Equatable, Hashable, Sendable, Identifiable {
    /// The library's stable article id.
    public var id: Int64
    /// Publication day as ISO `YYYY-MM-DD`, if known.
    public var date: String?
    public var section: String?
    /// The site or source name (`nytimes.com`, `The Guardian`).
    public var site: String?
    public var title: String
    public var isRead: Bool
    public var isStarred: Bool

    public init(
        id: Int64, date: String? = nil, section: String? = nil, site: String? = nil,
        title: String, isRead: Bool = false, isStarred: Bool = false
    ) {
        self.id = id
        self.date = date
        self.section = section
        self.site = site
        self.title = title
        self.isRead = isRead
        self.isStarred = isStarred
    }
}
