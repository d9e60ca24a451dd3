/// A whole article, ready for the reading pane.
///
/// `folio` fills it from the library's stored article (the `Extraction.Article` fields) in answer
/// to ``Effect/loadDocument(id:)``. Text is expected to be sanitised already; the reading pane
/// still shows any control character as `�` rather than sending it to the terminal.
public struct ArticleDocument: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var title: String
    /// The standfirst: one or two sentences under the title.
    public var dek: String?
    public var authors: [String]
    /// The byline as printed ("By Jane Doe and John Roe"), used when `authors` is empty.
    public var byline: String?
    /// Publication day as ISO `YYYY-MM-DD`.
    public var date: String?
    public var section: String?
    public var site: String?
    public var blocks: [Block]
    /// The author's biography, shown apart after the body.
    public var bio: String?
    /// The photo or image credit, shown apart after the body.
    public var credit: String?
    /// Where the page came from on the web, for `O`/`x`.
    public var sourceURL: String?
    /// The imported file, for `O`/`x` when there is no URL.
    public var sourcePath: String?
    public var isRead: Bool
    public var isStarred: Bool

    public init(
        id: Int64, title: String, dek: String? = nil, authors: [String] = [], byline: String? = nil,
        date: String? = nil, section: String? = nil, site: String? = nil, blocks: [Block] = [],
        bio: String? = nil, credit: String? = nil, sourceURL: String? = nil, sourcePath: String? = nil,
        isRead: Bool = false, isStarred: Bool = false
    ) {
        self.id = id
        self.title = title
        self.dek = dek
        self.authors = authors
        self.byline = byline
        self.date = date
        self.section = section
        self.site = site
        self.blocks = blocks
        self.bio = bio
        self.credit = credit
        self.sourceURL = sourceURL
        self.sourcePath = sourcePath
        self.isRead = isRead
        self.isStarred = isStarred
    }

    /// One block of the body.
    public struct Block: Equatable, Sendable {
        public var kind: Kind
        public var text: String
        public init(_ kind: Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// What a block is; each kind looks distinct in the reading pane.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        case paragraph, heading, listItem, quote, preformatted, caption
    }

    /// Where `O`/`x` should send the reader: the URL if there is one, else the file.
    public var source: SourceLocation? {
        if let url = sourceURL, !url.isEmpty { return .url(url) }
        if let path = sourcePath, !path.isEmpty { return .path(path) }
        return nil
    }
}

/// An article's origin, opened with `$BROWSER` or `xdg-open` as an argument vector, never a shell string.
public enum SourceLocation: Equatable, Hashable, Sendable {
    case url(String)
    case path(String)
}
