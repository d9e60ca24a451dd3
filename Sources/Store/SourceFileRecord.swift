import GRDB

/// One row of `sourceFile`: an imported path, the article it gave and the bytes it had.
struct SourceFileRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "sourceFile"

    /// The absolute, standardised path.
    var path: String
    var articleId: Int64
    /// FNV-1a of the file's bytes: unchanged bytes are skipped without parsing.
    var fileHash: Int64
    var byteCount: Int64

    enum Columns {
        static let path = Column(CodingKeys.path)
        static let articleId = Column(CodingKeys.articleId)
        static let fileHash = Column(CodingKeys.fileHash)
    }
}
