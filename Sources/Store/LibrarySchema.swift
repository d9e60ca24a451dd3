import GRDB

/// The library's schema, built by named migrations.
///
/// Rules: never edit a migration once it has shipped; add a new one. Migrations use SQL and
/// table names only, never app types, so they keep working as the types change.
///
/// Design notes (2026-11-25):
/// - `article` holds every ``Article`` field; list fields are stored as text joined by newlines
///   (sanitised fields never contain one), block kinds as one letter per block. Marks are
///   nullable times (`readAt`, `starredAt`) with partial indexes, so `is:unread` and
///   `is:starred` stay fast. Ids are `AUTOINCREMENT`: a removed article's id is never reused,
///   so marks, tags and the reader never point at the wrong article.
/// - v2 (2026-11-25) adds `article_marks(id, readAt, starredAt)`: counting the unread or starred
///   articles among a filter's full-text hits probes this narrow index per hit instead of
///   reading each row (whose mark columns sit behind the body, in overflow pages).
/// - Tags come later as `tag(id, name)` and `articleTag(articleId, tagId)` in a new migration;
///   nothing here needs to change for them.
/// - `sourceFile` maps each imported path to its article, so an edited file updates the same
///   article (keeping its marks) and two paths with one content share an article.
/// - `articleSearch` is an FTS5 index with external content (`article`), so text is stored
///   once. The store writes it explicitly next to each article change (no triggers); the
///   `rebuild` command can always recreate it from `article`.
enum LibrarySchema {
    /// The first migration's name: a database whose migrations lack it is not Folio's, even
    /// if another GRDB program left a `grdb_migrations` table in it.
    static let firstMigration = "v1: articles, source files, full-text search"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigration) { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    title TEXT NOT NULL,
                    dek TEXT,
                    date TEXT,
                    dateText TEXT,
                    section TEXT,
                    authors TEXT NOT NULL DEFAULT '',
                    byline TEXT,
                    bio TEXT,
                    credit TEXT,
                    body TEXT NOT NULL DEFAULT '',
                    blockKinds TEXT NOT NULL DEFAULT '',
                    sourcePath TEXT,
                    url TEXT,
                    site TEXT,
                    language TEXT,
                    noise TEXT NOT NULL DEFAULT '',
                    contentHash INTEGER NOT NULL,
                    importedAt DOUBLE NOT NULL,
                    updatedAt DOUBLE NOT NULL,
                    readAt DOUBLE,
                    starredAt DOUBLE
                );
                CREATE UNIQUE INDEX article_contentHash ON article(contentHash);
                CREATE INDEX article_date ON article(date);
                CREATE INDEX article_title ON article(title COLLATE NOCASE);
                CREATE INDEX article_unread_date ON article(date) WHERE readAt IS NULL;
                CREATE INDEX article_starred_date ON article(date) WHERE starredAt IS NOT NULL;

                CREATE TABLE sourceFile (
                    path TEXT PRIMARY KEY NOT NULL,
                    articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    fileHash INTEGER NOT NULL,
                    byteCount INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX sourceFile_articleId ON sourceFile(articleId);

                CREATE VIRTUAL TABLE articleSearch USING fts5(
                    title, dek, authors, body,
                    content='article', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2'
                );
                INSERT INTO articleSearch(articleSearch, rank) VALUES('automerge', 16);
                INSERT INTO articleSearch(articleSearch, rank) VALUES('crisismerge', 64);
                """)
        }
        migrator.registerMigration("v2: marks index by id") { db in
            try db.execute(sql: "CREATE INDEX article_marks ON article(id, readAt, starredAt)")
        }
        return migrator
    }
}
