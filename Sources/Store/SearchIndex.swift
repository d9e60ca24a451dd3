import GRDB

/// Writes to the external-content FTS5 table `articleSearch`, next to each `article` change.
///
/// FTS5 needs the exact old values to delete an entry, so ``remove(id:_:)`` reads them from the row.
enum SearchIndex {
    static func add(_ record: ArticleRecord, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO articleSearch(rowid, title, dek, authors, body) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [record.id, record.title, record.dek, record.authors, record.body])
    }

    /// Removes article `id`'s entry (nothing if there is no such article), before the row changes.
    ///
    /// The values come straight from the row in SQL, never through Swift: a value another
    /// tool stored (a BLOB title) reaches FTS5 exactly as it was indexed, not as it is shown.
    static func remove(id: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO articleSearch(articleSearch, rowid, title, dek, authors, body)
            SELECT 'delete', id, title, dek, authors, body FROM article WHERE id = ?
            """).execute(arguments: [id])
    }

    /// Recreates the whole index from `article` (recovery; never needed in normal use).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO articleSearch(articleSearch) VALUES ('rebuild')")
    }
}
