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
        let known = try SourceFileRecord.fetchOne(db, key: source.path)
        if let known, known.fileHash == source.fileHash { return .unchanged }
        let duplicateID = try Int64.fetchOne(
            db, sql: "SELECT id FROM article WHERE contentHash = ?", arguments: [incoming.contentHash])

        guard let known else {
            if let duplicateID {
                // The same article from another path: remember this path, store nothing new.
                source.articleId = duplicateID
                try source.insert(db)
                return .unchanged
            }
            var record = incoming
            try record.insert(db)
            try SearchIndex.add(record, db)
            source.articleId = record.id!
            try source.insert(db)
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
        try SearchIndex.remove(record, db)
        record.replaceContent(with: incoming, now: incoming.updatedAt)
        try record.update(db)
        try SearchIndex.add(record, db)
        source.articleId = known.articleId
        try source.update(db)
        return .updated
    }

    private static func dropIfOrphaned(_ articleID: Int64, _ db: Database) throws {
        let references = try Int.fetchOne(db, sql: "SELECT count(*) FROM sourceFile WHERE articleId = ?", arguments: [articleID]) ?? 0
        guard references == 0, let record = try ArticleRecord.fetchOne(db, key: articleID) else { return }
        try Library.delete(record, db)
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
    }
}
