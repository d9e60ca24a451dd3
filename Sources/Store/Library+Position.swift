import FilterQuery
import GRDB

extension Library {
    // MARK: - Position

    /// Where article `id` sits in the list `summaries(matching:sort:)` returns, from zero;
    /// nil when it does not match `filter` (or does not exist).
    ///
    /// The reader uses it to reopen on the article selected last time, and to keep the
    /// selection across a sort or filter change, without loading every row before it. It
    /// counts the matching rows that sort before the article, with the same order (and the
    /// same place for undated articles) as ``summaries(matching:sort:offset:limit:)``.
    public func position(of id: Int64, matching filter: FilterNode?, sort: ArticleSort) throws(StoreError) -> Int? {
        let predicate = FilterSQL.predicate(filter)
        return try search { db -> Int? in
            let matchSQL = "SELECT a.date, a.title FROM article AS a WHERE a.id = ? AND (\(predicate.sql))"
            var matchArguments: StatementArguments = [id]
            matchArguments += predicate.arguments
            guard let row = try Row.fetchOne(db, sql: matchSQL, arguments: matchArguments) else { return nil }
            // The stored values themselves (not decoded text) are compared below.
            let date: DatabaseValue = row[0]
            let title: DatabaseValue = row[1]
            // One count per disjoint range, each served by an index (`date`, `title` or the
            // rowid); a single OR of them made SQLite scan the whole table (100+ ms at 100k).
            var position = 0
            for (range, rangeArguments) in Self.sortsBefore(id: id, date: date, title: title, sort: sort) {
                var arguments = predicate.arguments
                arguments += rangeArguments
                position += try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM article AS a WHERE (\(predicate.sql)) AND \(range)",
                    arguments: arguments) ?? 0
            }
            return position
        }
    }

    /// Disjoint predicates that together select the rows before (`date`, `title`, `id`) in
    /// `sort` order. Mirrors `orderBy`: SQLite puts NULL dates last in DESC order and first in ASC.
    private static func sortsBefore(
        id: Int64, date: DatabaseValue, title: DatabaseValue, sort: ArticleSort
    ) -> [(String, StatementArguments)] {
        switch sort {
        case .dateDescending:
            guard !date.isNull else { return [("a.date IS NOT NULL", []), ("(a.date IS NULL AND a.id > ?)", [id])] }
            return [("a.date > ?", [date]), ("(a.date = ? AND a.id > ?)", [date, id])]
        case .dateAscending:
            guard !date.isNull else { return [("(a.date IS NULL AND a.id < ?)", [id])] }
            return [("a.date IS NULL", []), ("a.date < ?", [date]), ("(a.date = ? AND a.id < ?)", [date, id])]
        case .title:
            return [("a.title < ? COLLATE NOCASE", [title]), ("(a.title = ? COLLATE NOCASE AND a.id < ?)", [title, id])]
        case .imported:
            return [("a.id > ?", [id])]
        }
    }
}
