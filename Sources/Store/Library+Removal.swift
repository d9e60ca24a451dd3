import GRDB

extension Library {
    // MARK: - Removal

    /// Removes the articles, their search entries and their source-file mappings.
    ///
    /// Importing a removed file again brings the article back, unread and unstarred.
    /// - Returns: how many were removed (an id named twice counts once).
    @discardableResult
    public func remove(ids: [Int64]) throws(StoreError) -> Int {
        try write { db in
            var removed = 0
            for id in Set(ids) {
                if try Self.delete(id: id, db) { removed += 1 }
            }
            return removed
        }
    }

    /// Deletes an article and its search entry (mappings go by `ON DELETE CASCADE`).
    ///
    /// - Returns: whether there was such an article.
    static func delete(id: Int64, _ db: Database) throws -> Bool {
        try SearchIndex.remove(id: id, db)
        try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
        return db.changesCount > 0
    }
}
