import Extraction
import Foundation
import GRDB

/// One row of the `article` table: an ``Article`` plus its hash, times and marks.
struct ArticleRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "article"

    var id: Int64?
    var title: String
    var dek: String?
    var date: String?
    var dateText: String?
    var section: String?
    /// Author names joined by newlines.
    var authors: String
    var byline: String?
    var bio: String?
    var credit: String?
    /// Block texts joined by newlines.
    var body: String
    /// One letter per block (see ``kindLetters``).
    var blockKinds: String
    var sourcePath: String?
    var url: String?
    var site: String?
    var language: String?
    /// Noise lines joined by newlines; empty since v1 (see ``init(_:now:)``), kept for a later opt-in.
    var noise: String
    var contentHash: Int64
    var importedAt: Double
    var updatedAt: Double
    var readAt: Double?
    var starredAt: Double?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let title = Column(CodingKeys.title)
        static let dek = Column(CodingKeys.dek)
        static let authors = Column(CodingKeys.authors)
        static let body = Column(CodingKeys.body)
        static let contentHash = Column(CodingKeys.contentHash)
        static let readAt = Column(CodingKeys.readAt)
        static let starredAt = Column(CodingKeys.starredAt)
    }

    /// Reads a row whatever another tool or version left in it: text through
    /// ``GRDB/Row/storedText(_:)-(String)`` (replacement characters, never a trap), numbers that
    /// are not numbers as nil (times and hashes as 0).
    init(row: Row) {
        id = row.storedNumber("id")
        title = row.storedText("title") ?? ""
        dek = row.storedText("dek")
        date = row.storedText("date")
        dateText = row.storedText("dateText")
        section = row.storedText("section")
        authors = row.storedText("authors") ?? ""
        byline = row.storedText("byline")
        bio = row.storedText("bio")
        credit = row.storedText("credit")
        body = row.storedText("body") ?? ""
        blockKinds = row.storedText("blockKinds") ?? ""
        sourcePath = row.storedText("sourcePath")
        url = row.storedText("url")
        site = row.storedText("site")
        language = row.storedText("language")
        noise = row.storedText("noise") ?? ""
        contentHash = row.storedNumber("contentHash") ?? 0
        importedAt = row.storedNumber("importedAt") ?? 0
        updatedAt = row.storedNumber("updatedAt") ?? 0
        readAt = row.storedNumber("readAt")
        starredAt = row.storedNumber("starredAt")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    private static let kindLetters: [Article.Block.Kind: Character] = [
        .paragraph: "p", .heading: "h", .listItem: "l", .quote: "q", .preformatted: "f", .caption: "c",
    ]

    /// A record for `article`, imported at `now`, without marks.
    init(_ article: Article, now: Double) {
        id = nil
        title = article.title
        dek = article.dek
        date = article.date
        dateText = article.dateText
        section = article.section
        authors = article.authors.joined(separator: "\n")
        byline = article.byline
        bio = article.bio
        credit = article.credit
        body = article.body.map(\.text).joined(separator: "\n")
        blockKinds = String(article.body.map { Self.kindLetters[$0.kind] ?? "p" })
        sourcePath = article.source.path
        url = article.source.url
        site = article.source.site
        language = article.language
        // Noise lines are not kept: they are ~17% of a page, re-extracting the source file
        // gives them back (`folio extract --show-noise`), and the size budget is 1.5x the pages.
        noise = ""
        contentHash = Self.contentHash(of: article)
        importedAt = now
        updatedAt = now
    }

    /// Copies the content of `other` (not its id, times or marks).
    mutating func replaceContent(with other: ArticleRecord, now: Double) {
        let keep = (id, importedAt, readAt, starredAt)
        self = other
        (id, importedAt, readAt, starredAt) = keep
        updatedAt = now
    }

    /// The article this record holds.
    var article: Article {
        let texts = body.isEmpty && blockKinds.isEmpty ? [] : body.split(separator: "\n", omittingEmptySubsequences: false)
        let letters = Array(blockKinds)
        let byLetter = Dictionary(uniqueKeysWithValues: Self.kindLetters.map { ($1, $0) })
        let blocks = texts.enumerated().map { index, text in
            Article.Block(index < letters.count ? byLetter[letters[index]] ?? .paragraph : .paragraph, String(text))
        }
        return Article(
            title: title, dek: dek, date: date, dateText: dateText, section: section,
            authors: Self.lines(authors), byline: byline, bio: bio, credit: credit, body: blocks,
            source: Article.Source(path: sourcePath, url: url, site: site), language: language,
            noise: Self.lines(noise))
    }

    private static func lines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A hash of what a reader sees (title, date, dek, authors, body), so the same article
    /// from two files or two sites is stored once whatever noise surrounds it.
    static func contentHash(of article: Article) -> Int64 {
        var hasher = ContentHasher()
        hasher.add(article.title)
        hasher.add(article.date ?? "")
        hasher.add(article.dek ?? "")
        for author in article.authors { hasher.add(author) }
        for block in article.body { hasher.add(block.text) }
        return Int64(bitPattern: hasher.value)
    }
}

/// FNV-1a, 64 bits: stable across runs and platforms (Swift's `Hasher` is seeded per process).
struct ContentHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
        add(CollectionOfOne(UInt8(0)))
    }

    mutating func add<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        var h = value
        for byte in bytes {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        value = h
    }
}
