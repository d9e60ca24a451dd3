import FilterQuery
import Foundation
import GRDB

extension Library {
    // MARK: - Pages and counts

    /// One page of article summaries matching `filter` (`nil`: all), in `sort` order.
    ///
    /// Served from indexes: at 100k articles a page takes milliseconds, even for
    /// `trade -trump` or `is:unread is:starred after:2016-12`.
    public func summaries(
        matching filter: FilterNode?, sort: ArticleSort = .dateDescending, offset: Int = 0, limit: Int = 50
    ) throws(StoreError) -> [ArticleSummary] {
        let predicate = FilterSQL.predicate(filter)
        var arguments = predicate.arguments
        arguments += [max(0, limit), max(0, offset)]
        return try search { db in
            let sql = """
                SELECT \(Self.summaryColumns)
                FROM article AS a WHERE \(predicate.sql(scanningOrder: try Self.isFrequent(predicate, db)))
                ORDER BY \(Self.orderBy(sort)) LIMIT ? OFFSET ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.summary)
        }
    }

    /// The columns ``summary(_:)`` reads, from `article AS a`.
    static let summaryColumns = """
        a.id, a.date, a.section, a.site, a.url, a.sourcePath, a.title, a.readAt IS NOT NULL, a.starredAt IS NOT NULL
        """

    static func summary(_ row: Row) -> ArticleSummary {
        // Text through `storedText`: another tool's BLOB in a text column must not trap.
        ArticleSummary(
            id: row[0], date: row.storedText(1), section: row.storedText(2),
            source: sourceName(site: row.storedText(3), url: row.storedText(4), path: row.storedText(5)),
            title: row.storedText(6) ?? "", isRead: row[7], isStarred: row[8])
    }

    /// True if the filter's full-text part matches so many articles that walking the sort
    /// index beats looking each hit up (probed with a bounded count: under a millisecond).
    static func isFrequent(_ predicate: FilterSQL, _ db: Database) throws -> Bool {
        guard let expression = predicate.leadingMatch else { return false }
        let hits = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT 1 FROM articleSearch WHERE articleSearch MATCH ? LIMIT \(frequentHits))
            """, arguments: [expression]) ?? 0
        return hits >= frequentHits
    }

    /// Above this many full-text hits a page is served by walking the sort index.
    static let frequentHits = 1000

    /// True if `filter` selects every article whatever the library holds: no filter, or one made
    /// only of terms that constrain nothing (`'`, `.`, `section:""`).
    ///
    /// `folio remove --query` and `mark --query` refuse such a filter unless told `--all`.
    public static func selectsEverything(_ filter: FilterNode?) -> Bool {
        FilterSQL.predicate(filter).selectsEverything
    }

    /// The ids of every article matching `filter`, oldest import first (for `mark --query`).
    public func ids(matching filter: FilterNode?) throws(StoreError) -> [Int64] {
        let predicate = FilterSQL.predicate(filter)
        return try search { db in
            try Int64.fetchAll(db, sql: "SELECT a.id FROM article AS a WHERE \(predicate.sql(scanningOrder: false)) ORDER BY a.id",
                               arguments: predicate.arguments)
        }
    }

    /// How many articles match `filter` (`nil`: all), without the mark counts.
    ///
    /// The cheap part of ``counts(matching:)``, for a reader that must show a narrowed list at
    /// once: a filter that is only full-text is counted in the index alone (a few milliseconds
    /// even for a word in most articles).
    public func count(matching filter: FilterNode?) throws(StoreError) -> Int {
        let predicate = FilterSQL.predicate(filter)
        return try search { db in try Self.count(predicate, db) }
    }

    private static func count(_ predicate: FilterSQL, _ db: Database) throws -> Int {
        if predicate.selectsEverything {
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        }
        if let expression = predicate.soleMatch {
            // The index holds exactly one entry per article, so it can count alone.
            return try Int.fetchOne(
                db, sql: "SELECT count(*) FROM articleSearch WHERE articleSearch MATCH ?", arguments: [expression]) ?? 0
        }
        return try Int.fetchOne(
            db, sql: "SELECT count(*) FROM article AS a WHERE \(predicate.sql(scanningOrder: try isFrequent(predicate, db)))",
            arguments: predicate.arguments) ?? 0
    }

    /// The library's total, and how many articles match `filter`, and of those how many are
    /// unread and starred (all three under the same filter, so a status line adds up).
    ///
    /// Served from indexes: the marks are counted through the partial indexes on `readAt` and
    /// `starredAt`; with a full-text part, the matches and both marks in one pass over the hits
    /// through the narrow `article_marks` index.
    public func counts(matching filter: FilterNode? = nil) throws(StoreError) -> ArticleCounts {
        let predicate = FilterSQL.predicate(filter)
        return try search { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
            if predicate.selectsEverything {
                let unread = try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE readAt IS NULL") ?? 0
                let starred = try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE starredAt IS NOT NULL") ?? 0
                return ArticleCounts(total: total, unread: unread, starred: starred, matching: total)
            }
            if predicate.leadingMatch != nil {
                let row = try Row.fetchOne(db, sql: Self.markCountsSQL(predicate), arguments: predicate.arguments)
                return ArticleCounts(total: total, unread: row?[1] ?? 0, starred: row?[2] ?? 0, matching: row?[0] ?? 0)
            }
            let matching = try Self.count(predicate, db)
            guard matching > 0 else { return ArticleCounts(total: total, unread: 0, starred: 0, matching: 0) }
            let unread = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM article AS a WHERE a.readAt IS NULL AND (\(predicate.sql))",
                arguments: predicate.arguments) ?? 0
            let starred = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM article AS a WHERE a.starredAt IS NOT NULL AND (\(predicate.sql))",
                arguments: predicate.arguments) ?? 0
            return ArticleCounts(total: total, unread: unread, starred: starred, matching: matching)
        }
    }

    /// Counts the matches of a filter with a full-text part, and the unread and starred among
    /// them, in one query: SQLite drives by the hits and reads each one's marks from the narrow
    /// `article_marks` index (no row reads). Three counts over 14k hits took 25–35 ms; this
    /// one pass about 10 ms.
    static func markCountsSQL(_ predicate: FilterSQL) -> String {
        """
        SELECT count(*), coalesce(sum(a.readAt IS NULL), 0), coalesce(sum(a.starredAt IS NOT NULL), 0)
        FROM article AS a INDEXED BY article_marks WHERE \(predicate.sql(scanningOrder: false))
        """
    }

    /// The full article with this id.
    ///
    /// - Throws: ``StoreError/noSuchArticle(id:)`` if there is none.
    public func article(id: Int64) throws(StoreError) -> StoredArticle {
        let record = try read { db in try ArticleRecord.fetchOne(db, key: id) }
        guard let record, let recordID = record.id else { throw .noSuchArticle(id: id) }
        return StoredArticle(
            id: recordID, article: record.article,
            importedAt: Date(timeIntervalSince1970: record.importedAt),
            updatedAt: Date(timeIntervalSince1970: record.updatedAt),
            readAt: record.readAt.map(Date.init(timeIntervalSince1970:)),
            starredAt: record.starredAt.map(Date.init(timeIntervalSince1970:)))
    }

    /// The library file's size in bytes, including its write-ahead log.
    public var fileSize: Int64 {
        guard path != ":memory:" else { return 0 }
        return ["", "-wal"].reduce(0) { sum, suffix in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            return sum + ((attributes?[.size] as? NSNumber)?.int64Value ?? 0)
        }
    }

    // MARK: - Helpers

    /// Runs a read that carries a compiled filter. An SQL error from it comes from the filter,
    /// not the library, and is reported in Folio's words (``StoreError/filterNotSearchable``).
    func search<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try read { db in
            do {
                return try body(db)
            } catch let error as DatabaseError where error.resultCode.primaryResultCode == .SQLITE_ERROR {
                throw StoreError.filterNotSearchable
            }
        }
    }

    static func orderBy(_ sort: ArticleSort) -> String {
        switch sort {
        case .dateDescending: return "a.date DESC, a.id DESC"
        case .dateAscending: return "a.date ASC, a.id ASC"
        case .title: return "a.title COLLATE NOCASE, a.id"
        case .imported: return "a.id DESC"
        }
    }

    static func sourceName(site: String?, url: String?, path: String?) -> String? {
        if let site, !site.isEmpty { return site }
        if let url, let host = URL(string: url)?.host, !host.isEmpty { return host }
        if let path, !path.isEmpty { return DisplayPath.clean(fileName(path)) }
        return nil
    }

    /// The last component of a path, as `NSString.lastPathComponent` gives it (`/a/b.txt/` →
    /// `b.txt`, `/` → `/`), read from the bytes: NSString's took half the CPU of a list page.
    static func fileName(_ path: String) -> String {
        let bytes = path.utf8
        let slash = UInt8(ascii: "/")
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == slash { end = bytes.index(before: end) }
        guard end > bytes.startIndex else { return path.isEmpty ? "" : "/" }
        let start = bytes[..<end].lastIndex(of: slash).map { bytes.index(after: $0) } ?? bytes.startIndex
        return String(path[start..<end])
    }
}
