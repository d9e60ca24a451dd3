import Extraction
import FilterQuery
import ReaderCore
import Store

/// The reader's view of a `Store.Library`: filter text parsed, rows and documents converted.
///
/// A window needs only the number of matches (cheap: the full-text index alone for a full-text
/// filter); the unread and starred among them are counted apart, for the status line, which the
/// reader does after painting the rows. Both are cached per filter text, because every window
/// request needs the first; a mark made here adjusts the counts of the list on screen and drops
/// the others (see `forgetCounts`). Marks made by another process meanwhile show after a restart.
final class LibraryReaderSource: ReaderLibrary {
    let library: Library
    private var parsed: (text: String, root: FilterNode?)?
    /// Matches per filter text (`""` for the whole library).
    private var cachedTotals: [String: Int] = [:]
    /// Counts per filter text.
    private var cachedCounts: [String: ArticleCounts] = [:]
    /// The filter of the rows last shown: the one a mark from the reader applies to.
    private var shownFilter: String?

    init(library: Library) {
        self.library = library
    }

    // MARK: - ReaderLibrary

    func rows(_ query: RowQuery) throws -> RowWindow {
        let filter = try parse(query.filter)
        let sort = Self.articleSort(query.sort)
        shownFilter = query.filter
        if query.anchor == nil, query.offset == 0,
           let window = try frequentFirstPage(query.filter, filter, sort: sort, limit: query.limit) {
            return window
        }
        let total = try matching(query.filter, filter)
        var offset = query.offset
        if let anchor = query.anchor, let position = try library.position(of: anchor, matching: filter, sort: sort) {
            offset = max(0, min(position - query.limit / 2, total - query.limit))
        }
        let summaries = try page(filter, sort: sort, offset: offset, limit: query.limit, total: total)
        return RowWindow(offset: offset, rows: summaries.map(Self.row), total: total)
    }

    func rows(_ query: RowQuery, around focus: Int, radius: Int) throws -> RowWindow {
        let filter = try parse(query.filter)
        let sort = Self.articleSort(query.sort)
        shownFilter = query.filter
        // The screen shows at most `radius` rows: from the top when the focus is near it,
        // centred on an anchor (the reducer centres a restored selection), else on either side.
        var limit = min(query.limit, query.anchor != nil ? radius + 4 : focus < radius ? focus + radius + 2 : 2 * radius)
        // A new filter starts at the top: its first page is what the frame shows, and when that
        // page is not full it is the whole list, so even the count of matches can be skipped.
        if query.anchor == nil, focus < radius {
            if let window = try frequentFirstPage(query.filter, filter, sort: sort, limit: limit) { return window }
            let first = try library.summaries(matching: filter, sort: sort, offset: 0, limit: limit)
            let total = first.count < limit ? first.count : try matching(query.filter, filter)
            cachedTotals[query.filter] = total
            return RowWindow(offset: 0, rows: first.map(Self.row), total: total)
        }
        let total = try matching(query.filter, filter)
        var center = focus
        if let anchor = query.anchor, let position = try library.position(of: anchor, matching: filter, sort: sort) {
            center = position
        }
        let before = query.anchor != nil ? radius / 2 + 2 : focus < radius ? focus : radius
        limit = min(limit, max(0, total))
        let offset = max(0, min(center - before, total - limit))
        let summaries = try page(filter, sort: sort, offset: offset, limit: limit, total: total)
        return RowWindow(offset: offset, rows: summaries.map(Self.row), total: total)
    }

    /// The top of the list for a full-text filter with many hits, read by walking the sort order
    /// over a bitmap of the hits (see `Library.firstPage`); nil for other filters.
    private func frequentFirstPage(_ text: String, _ filter: FilterNode?, sort: ArticleSort, limit: Int) throws -> RowWindow? {
        guard let (summaries, total) = try library.firstPage(matching: filter, sort: sort, limit: limit) else { return nil }
        cachedTotals[text] = total
        return RowWindow(offset: 0, rows: summaries.map(Self.row), total: total)
    }

    /// Rows `offset..<offset+limit`; past the middle of a date-sorted list they are read from
    /// the other end in the opposite order, because SQLite walks every skipped row of an OFFSET
    /// (`G` on 100k articles would otherwise step over 99,800 of them).
    private func page(_ filter: FilterNode?, sort: ArticleSort, offset: Int, limit: Int, total: Int) throws -> [ArticleSummary] {
        let opposite: ArticleSort? = switch sort {
        case .dateDescending: .dateAscending
        case .dateAscending: .dateDescending
        case .title, .imported: nil
        }
        guard let opposite, offset > total / 2 else {
            return try library.summaries(matching: filter, sort: sort, offset: offset, limit: limit)
        }
        let end = min(total, offset + limit)
        guard end > offset else { return [] }
        let rows = try library.summaries(matching: filter, sort: opposite, offset: total - end, limit: end - offset)
        return rows.reversed()
    }

    func counts(filter: String) throws -> ReaderCore.LibraryCounts {
        let counts = try filterCounts(filter, try parse(filter))
        return ReaderCore.LibraryCounts(total: counts.matching, unread: counts.unread, starred: counts.starred)
    }

    var interrupter: (@Sendable () -> Void)? {
        { [library] in library.interrupt() }
    }

    func document(id: Int64) throws -> ArticleDocument {
        Self.document(try library.article(id: id))
    }

    func setRead(id: Int64, _ read: Bool) throws {
        forgetCounts { $0.unread += read ? -1 : 1 }
        try writing {
            guard try library.setRead(read, ids: [id]) == 1 else { throw ReaderLibraryError.notFound(id: id) }
        }
    }

    func setStarred(id: Int64, _ starred: Bool) throws {
        forgetCounts { $0.starred += starred ? 1 : -1 }
        try writing {
            guard try library.setStarred(starred, ids: [id]) == 1 else { throw ReaderLibraryError.notFound(id: id) }
        }
    }

    /// Runs a write; if it fails, no cached count can be trusted.
    private func writing(_ write: () throws -> Void) throws {
        do {
            try write()
        } catch {
            cachedCounts.removeAll()
            cachedTotals.removeAll()
            throw error
        }
    }

    /// Whether a filter's matches depend on the marks (`is:read`, `-is:starred`…).
    private static func namesAMark(_ filter: String) -> Bool {
        filter.lowercased().contains("is:")
    }

    /// Keeps the cached counts true after a mark from the reader: the reducer only writes a mark
    /// that changes something, to an article of the list on screen, so that list's unread or
    /// starred count moves by one. A filter that names a mark (`is:…`) can match differently, and
    /// other filters may not hold the article: their counts are dropped. A mark changes the
    /// matches of the filters that name one only.
    private func forgetCounts(adjusting change: (inout ArticleCounts) -> Void) {
        let kept = shownFilter.flatMap { filter in cachedCounts[filter].map { (filter, $0) } }
        cachedCounts.removeAll()
        cachedTotals = cachedTotals.filter { !Self.namesAMark($0.key) }
        guard let (filter, known) = kept, !Self.namesAMark(filter) else { return }
        var counts = known
        change(&counts)
        if counts.unread >= 0 && counts.starred >= 0 { cachedCounts[filter] = counts }
    }

    // MARK: - Conversions

    private func parse(_ text: String) throws -> FilterNode? {
        if let parsed, parsed.text == text { return parsed.root }
        do {
            let root = try FilterQuery(text).root
            parsed = (text, root)
            return root
        } catch {
            throw ReaderLibraryError.badFilter(message: error.message, column: max(0, error.column - 1))
        }
    }

    /// How many articles match a filter; cached until a mark.
    private func matching(_ text: String, _ filter: FilterNode?) throws -> Int {
        if let known = cachedTotals[text] ?? cachedCounts[text]?.matching { return known }
        let total = try library.count(matching: filter)
        cachedTotals[text] = total
        return total
    }

    /// The counts of a filter: matches, and unread and starred among them; cached until a mark.
    private func filterCounts(_ text: String, _ filter: FilterNode?) throws -> ArticleCounts {
        if let known = cachedCounts[text] { return known }
        let counts = try library.counts(matching: filter)
        cachedCounts[text] = counts
        cachedTotals[text] = counts.matching
        return counts
    }

    static func articleSort(_ sort: Sort) -> ArticleSort {
        switch sort {
        case .dateDescending: .dateDescending
        case .dateAscending: .dateAscending
        case .title: .title
        case .imported: .imported
        }
    }

    static func row(_ summary: ArticleSummary) -> ArticleRow {
        ArticleRow(
            id: summary.id, date: summary.date, section: summary.section, site: summary.source,
            title: summary.title, isRead: summary.isRead, isStarred: summary.isStarred
        )
    }

    static func document(_ stored: StoredArticle) -> ArticleDocument {
        let article = stored.article
        return ArticleDocument(
            id: stored.id, title: article.title, dek: article.dek, authors: article.authors,
            byline: article.byline, date: article.date, section: article.section, site: article.source.site,
            blocks: article.body.map { ArticleDocument.Block(kind($0.kind), $0.text) },
            bio: article.bio, credit: article.credit, sourceURL: article.source.url,
            sourcePath: article.source.path, isRead: stored.isRead, isStarred: stored.isStarred
        )
    }

    private static func kind(_ kind: Article.Block.Kind) -> ArticleDocument.Kind {
        ArticleDocument.Kind(rawValue: kind.rawValue) ?? .paragraph
    }
}
