import Foundation
import GRDB

extension Library {
    // MARK: - Marks

    /// Marks the articles read (keeping an earlier read time) or unread.
    ///
    /// - Returns: how many of `ids` exist.
    @discardableResult
    public func setRead(_ read: Bool, ids: [Int64]) throws(StoreError) -> Int {
        try updateEach(ids, column: "readAt", to: read)
    }

    /// Stars or unstars the articles.
    ///
    /// - Returns: how many of `ids` exist.
    @discardableResult
    public func setStarred(_ starred: Bool, ids: [Int64]) throws(StoreError) -> Int {
        try updateEach(ids, column: "starredAt", to: starred)
    }

    /// Sets a mark time column (a fixed name, never user text) to now, keeping an earlier time, or clears it.
    private func updateEach(_ ids: [Int64], column: String, to isSet: Bool) throws(StoreError) -> Int {
        let now = Date().timeIntervalSince1970
        let value = isSet ? "coalesce(\(column), ?)" : "NULL"
        return try write { db in
            let statement = try db.cachedStatement(sql: "UPDATE article SET \(column) = \(value) WHERE id = ?")
            var found = 0
            for id in ids {
                try statement.execute(arguments: isSet ? [now, id] : [id])
                found += db.changesCount
            }
            return found
        }
    }

    // MARK: - Removal

    /// Removes the articles, their search entries and their source-file mappings.
    ///
    /// Importing a removed file again brings the article back, unread and unstarred.
    /// - Returns: how many were removed.
    @discardableResult
    public func remove(ids: [Int64]) throws(StoreError) -> Int {
        try write { db in
            var removed = 0
            for id in ids {
                guard let record = try ArticleRecord.fetchOne(db, key: id) else { continue }
                try Self.delete(record, db)
                removed += 1
            }
            return removed
        }
    }

    /// Deletes a record and its search entry (mappings go by `ON DELETE CASCADE`).
    static func delete(_ record: ArticleRecord, _ db: Database) throws {
        try SearchIndex.remove(record, db)
        _ = try record.delete(db)
    }
}

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

extension Library {
    // MARK: - Maintenance

    /// Problems SQLite finds in the file and in the search index; empty when all is well.
    public func integrityProblems() throws(StoreError) -> [String] {
        // A write: FTS5 runs its check through an INSERT, which a read-only connection refuses.
        try write { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            do {
                try db.execute(sql: "INSERT INTO articleSearch(articleSearch, rank) VALUES ('integrity-check', 1)")
            } catch {
                problems.append("search index: \(error)")
            }
            return problems
        }
    }

    /// Moves the write-ahead log into the main file and truncates the log (for size figures and backups).
    public func checkpoint() throws(StoreError) {
        do {
            try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }
}
