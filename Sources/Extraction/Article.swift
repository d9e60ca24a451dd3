/// An article as Folio keeps it: what a person came to read, without the page around it.
///
/// Every string field is sanitised (see ``TextSanitizer``): no control characters and no
/// terminal escape sequences, whatever the page held. Fields the page does not show stay
/// `nil` or empty; the extractors never invent them.
public struct Article: Codable, Equatable, Sendable {
    /// The headline.
    public var title: String
    /// The standfirst (dek): the sentence or two under the headline.
    public var dek: String?
    /// The publication day as ISO `YYYY-MM-DD`, when the page gives one.
    public var date: String?
    /// The text the date was read from (`" date 2017-01-09 News"`, `"Jan 9, 2017 3:04 PM PT"`).
    public var dateText: String?
    /// The section or category ("News", "Opinion").
    public var section: String?
    /// Author names, in page order.
    public var authors: [String]
    /// The byline role ("Senior U.S. Correspondent, IDG News Service").
    public var byline: String?
    /// The author bio ("X covers … He was previously …"), kept apart from the body.
    public var bio: String?
    /// Photo caption or credit ("Credit: Alibaba").
    public var credit: String?
    /// The article body: ordered blocks.
    public var body: [Block]
    /// Where the page came from.
    public var source: Source
    /// BCP 47 language tag when the page declares or shows one ("en", "de", "ja").
    public var language: String?
    /// Lines judged noise (navigation, promos, teasers…), kept for `--show-noise`; never shown as article.
    public var noise: [String]

    public init(
        title: String = "", dek: String? = nil, date: String? = nil, dateText: String? = nil,
        section: String? = nil, authors: [String] = [], byline: String? = nil, bio: String? = nil,
        credit: String? = nil, body: [Block] = [], source: Source = Source(), language: String? = nil,
        noise: [String] = []
    ) {
        self.title = title
        self.dek = dek
        self.date = date
        self.dateText = dateText
        self.section = section
        self.authors = authors
        self.byline = byline
        self.bio = bio
        self.credit = credit
        self.body = body
        self.source = source
        self.language = language
        self.noise = noise
    }

    /// The body paragraphs as plain strings, in order.
    public var bodyText: [String] { body.map(\.text) }
}

extension Article {
    /// One block of the article body.
    public struct Block: Codable, Equatable, Sendable {
        /// What the block is, so the reading pane can set it apart.
        public enum Kind: String, Codable, Sendable, CaseIterable {
            case paragraph, heading, listItem, quote, preformatted, caption
        }

        public var kind: Kind
        public var text: String

        public init(_ kind: Kind = .paragraph, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// Where an article came from.
    public struct Source: Codable, Equatable, Sendable {
        /// The file it was read from, as given.
        public var path: String?
        /// The page's canonical URL, when known.
        public var url: String?
        /// The site's name or host ("CIO", "example.com"), when known.
        public var site: String?

        public init(path: String? = nil, url: String? = nil, site: String? = nil) {
            self.path = path
            self.url = url
            self.site = site
        }
    }
}
