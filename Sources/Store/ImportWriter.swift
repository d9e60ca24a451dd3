import GRDB

/// Applies one parsed batch inside a write transaction.
///
/// Every decision is taken again here, inside the transaction, so two imports running at
/// once never store an article twice: the path is looked up first, then the content hash.
enum ImportWriter {
    static func write(_ batch: [PreparedFile], _ db: Database) throws -> ImportSummary {
        var summary = ImportSummary()
        for file in batch {
            switch file {
            case let .failed(path, reason):
                summary.failed += 1
                summary.failures.append(ImportFailure(path: path, reason: reason))
            case let .unchanged(byteCount):
                summary.unchanged += 1
                summary.bytesRead += byteCount
            case let .parsed(record, source):
                summary.bytesRead += source.byteCount
                switch try store(record, source, db) {
                case .imported: summary.imported += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
            }
        }
        return summary
    }

    private enum Outcome { case imported, updated, unchanged }

    private static func store(_ incoming: ArticleRecord, _ incomingSource: SourceFileRecord, _ db: Database) throws -> Outcome {
        var source = incomingSource
        let known = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT articleId, fileHash FROM sourceFile WHERE path = ?"),
            arguments: [source.path]
        ).map { SourceFileRecord(path: source.path, articleId: $0[0], fileHash: $0[1], byteCount: 0) }
        if let known, known.fileHash == source.fileHash { return .unchanged }
        let duplicateID = try Int64.fetchOne(
            try db.cachedStatement(sql: "SELECT id FROM article WHERE contentHash = ?"),
            arguments: [incoming.contentHash])

        guard let known else {
            if let duplicateID {
                // The same article from another path: remember this path, store nothing new.
                source.articleId = duplicateID
                try source.insert(db)
                return .unchanged
            }
            var record = incoming
            try insertFast(&record, db)
            try SearchIndex.add(record, db)
            source.articleId = record.id!
            try db.cachedStatement(sql: "INSERT INTO sourceFile(path, articleId, fileHash, byteCount) VALUES (?, ?, ?, ?)")
                .execute(arguments: [source.path, source.articleId, source.fileHash, source.byteCount])
            return .imported
        }

        // A known path whose bytes changed.
        if duplicateID == known.articleId {
            source.articleId = known.articleId
            try source.update(db)
            return .unchanged
        }
        if let duplicateID {
            // Edited into an article stored from elsewhere: point there, drop the orphan.
            source.articleId = duplicateID
            try source.update(db)
            try dropIfOrphaned(known.articleId, db)
            return .updated
        }
        guard var record = try ArticleRecord.fetchOne(db, key: known.articleId) else {
            try source.delete(db)
            return try store(incoming, incomingSource, db)
        }
        try SearchIndex.remove(id: known.articleId, db)
        record.replaceContent(with: incoming, now: incoming.updatedAt)
        try record.update(db)
        try SearchIndex.add(record, db)
        source.articleId = known.articleId
        try source.update(db)
        return .updated
    }

    /// The hot path of an import: one cached statement instead of GRDB's record machinery.
    private static func insertFast(_ r: inout ArticleRecord, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO article(title, dek, date, dateText, section, authors, byline, bio, credit, body, blockKinds,
                sourcePath, url, site, language, noise, contentHash, importedAt, updatedAt, readAt, starredAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                r.title, r.dek, r.date, r.dateText, r.section, r.authors, r.byline, r.bio, r.credit, r.body, r.blockKinds,
                r.sourcePath, r.url, r.site, r.language, r.noise, r.contentHash, r.importedAt, r.updatedAt, r.readAt,
                r.starredAt,
            ])
        r.id = db.lastInsertedRowID
    }

    private static func dropIfOrphaned(_ articleID: Int64, _ db: Database) throws {
        let references = try Int.fetchOne(db, sql: "SELECT count(*) FROM sourceFile WHERE articleId = ?", arguments: [articleID]) ?? 0
        guard references == 0 else { return }
        _ = try Library.delete(id: articleID, db)
    }
}

extension ImportSummary {
    mutating func merge(_ other: ImportSummary) {
        imported += other.imported
        updated += other.updated
        unchanged += other.unchanged
        failed += other.failed
        failures += other.failures
        bytesRead += other.bytesRead
        parseCPUSeconds += other.parseCPUSeconds
        writeCPUSeconds += other.writeCPUSeconds
    }
}
