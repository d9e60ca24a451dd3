import Extraction
import FilterQuery
import ReaderCore
import Store

/// The reader's view of a `Store.Library`: filter text parsed, rows and documents converted.
///
/// The number of matches per filter and the library's totals are cached, because every window
/// request needs them; a mark made here adjusts them (see `forgetCounts`). Marks made by
/// another process meanwhile show after a restart.
final class LibraryReaderSource: ReaderLibrary {
    let library: Library
    private var parsed: (text: String, root: FilterNode?)?
    private var matchCounts: [String: Int] = [:]
    private var base: Store.LibraryCounts?

    init(library: Library) {
        self.library = library
    }

    // MARK: - ReaderLibrary

    func rows(_ query: RowQuery) throws -> RowWindow {
        let filter = try parse(query.filter)
        let sort = Self.articleSort(query.sort)
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
        // The screen shows at most `radius` rows: from the top when the focus is near it,
        // centred on an anchor (the reducer centres a restored selection), else on either side.
        var limit = min(query.limit, query.anchor != nil ? radius + 4 : focus < radius ? focus + radius + 2 : 2 * radius)
        // A new filter starts at the top: when its first page is not full, that page is the
        // whole list, and the (full-text) count can be skipped.
        if query.anchor == nil, focus < radius, matchCounts[query.filter] == nil {
            let first = try library.summaries(matching: filter, sort: sort, offset: 0, limit: limit)
            if first.count < limit {
                matchCounts[query.filter] = first.count
                return RowWindow(offset: 0, rows: first.map(Self.row), total: first.count)
            }
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
        // The window load has just counted the matches and the library's totals; a filter
        // keystroke should not pay for those (full-text) counts twice.
        let matches = try matching(filter, try parse(filter))
        let base = try libraryCounts()
        return ReaderCore.LibraryCounts(total: matches, unread: base.unread, starred: base.starred)
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
            matchCounts.removeAll()
            base = nil
            throw error
        }
    }

    /// Keeps the cached counts true after a mark: the reducer only writes a mark that changes
    /// something, so the totals move by one; only filters that name a mark (`is:…`) can match
    /// differently, and their counts are dropped. Any failure drops everything.
    private func forgetCounts(adjusting change: (inout Store.LibraryCounts) -> Void) {
        matchCounts = matchCounts.filter { !$0.key.lowercased().contains("is:") }
        if var counts = base {
            change(&counts)
            base = counts.unread >= 0 && counts.starred >= 0 ? counts : nil
        }
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

    private func matching(_ text: String, _ filter: FilterNode?) throws -> Int {
        if let known = matchCounts[text] { return known }
        if filter == nil { return try libraryCounts().total }
        let counts = try library.counts(matching: filter)
        base = counts
        matchCounts[text] = counts.matching
        return counts.matching
    }

    /// The library's total, unread and starred counts, cached until the next mark.
    private func libraryCounts() throws -> Store.LibraryCounts {
        if let base { return base }
        let counts = try library.counts(matching: nil)
        base = counts
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
