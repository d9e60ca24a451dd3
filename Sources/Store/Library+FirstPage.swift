import FilterQuery
import GRDB

extension Library {
    // MARK: - First page of a full-text filter

    /// The first `limit` summaries of a filter made only of full-text terms that match at least
    /// ``frequentHits`` articles, with how many match in all; nil for any other filter (then
    /// ``summaries(matching:sort:offset:limit:)`` and ``count(matching:)`` are as fast).
    ///
    /// For a word in most articles SQLite serves a page by first collecting every hit into a
    /// temporary index before it walks the sort order: ~20 ms at 73k hits, the bulk of a reader's
    /// filter keystroke. Here the hits are read once into a bitmap (which also counts them), the
    /// sort order is walked until `limit` of them are found, and only those rows are read.
    public func firstPage(
        matching filter: FilterNode?, sort: ArticleSort = .dateDescending, limit: Int
    ) throws(StoreError) -> (summaries: [ArticleSummary], total: Int)? {
        guard let expression = FilterSQL.predicate(filter).soleMatch, limit > 0 else { return nil }
        return try search { db -> ([ArticleSummary], Int)? in
            var hits = RowidSet()
            let found = try Int64.fetchCursor(
                db, sql: "SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?", arguments: [expression])
            while let id = try found.next() { hits.insert(id) }
            guard hits.count >= Self.frequentHits else { return nil }

            var ids: [Int64] = []
            let order = try Int64.fetchCursor(db, sql: "SELECT a.id FROM article AS a ORDER BY \(Self.orderBy(sort))")
            while ids.count < limit, let id = try order.next() {
                if hits.contains(id) { ids.append(id) }
            }
            let rows = try Row.fetchAll(
                db, sql: """
                    SELECT \(Self.summaryColumns) FROM article AS a
                    WHERE a.id IN (\(databaseQuestionMarks(count: ids.count))) ORDER BY \(Self.orderBy(sort))
                    """,
                arguments: StatementArguments(ids))
            return (rows.map(Self.summary), hits.count)
        }
    }
}

/// A set of article ids as a bitmap: ids are small and dense (SQLite rowids from 1).
struct RowidSet {
    private var words: [UInt64] = []
    private(set) var count = 0

    mutating func insert(_ id: Int64) {
        guard id >= 0 else { return }
        let word = Int(id >> 6), bit = UInt64(1) << UInt64(id & 63)
        if word >= words.count { words += repeatElement(0, count: max(word + 1 - words.count, words.count)) }
        if words[word] & bit == 0 {
            words[word] |= bit
            count += 1
        }
    }

    func contains(_ id: Int64) -> Bool {
        guard id >= 0 else { return false }
        let word = Int(id >> 6)
        return word < words.count && words[word] & (UInt64(1) << UInt64(id & 63)) != 0
    }
}
