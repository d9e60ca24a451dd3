import GRDB

/// Writes to the external-content FTS5 table `articleSearch`, next to each `article` change.
///
/// FTS5 needs the exact old values to delete an entry, so callers pass the record as stored.
enum SearchIndex {
    static func add(_ record: ArticleRecord, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO articleSearch(rowid, title, dek, authors, body) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [record.id, record.title, record.dek, record.authors, record.body])
    }

    static func remove(_ record: ArticleRecord, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO articleSearch(articleSearch, rowid, title, dek, authors, body) VALUES ('delete', ?, ?, ?, ?, ?)
            """).execute(arguments: [record.id, record.title, record.dek, record.authors, record.body])
    }

    /// Recreates the whole index from `article` (recovery; never needed in normal use).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO articleSearch(articleSearch) VALUES ('rebuild')")
    }
}
