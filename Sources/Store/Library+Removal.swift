import GRDB

extension Library {
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
