import GRDB

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
        guard !isReadOnly else { throw .readOnly(path: path) }
        do {
            try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }
}
