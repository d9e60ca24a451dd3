import Dispatch
import Extraction
import Foundation
import GRDB

/// Turns a file's bytes into an article; `PageExtractor.extract` in the app, a stub in tests.
public typealias ArticleExtractor = @Sendable (_ bytes: [UInt8], _ path: String) throws -> Article

extension Library {
    /// The page extensions an import keeps in folders (also gzipped), as `folio extract` reads.
    public static let pageExtensions: Set<String> = ["txt", "html", "htm", "xhtml"]

    /// Imports files and folders (recursively, keeping names ending in `extensions`, plain or
    /// `.gz`, skipping hidden files and folders).
    ///
    /// Files are read, hashed and parsed in parallel on all cores; writes go to the library in
    /// one transaction per batch, overlapping the parsing of the next batch. At most two
    /// batches are in memory, so memory does not grow with the corpus. Idempotent: a file
    /// whose bytes are unchanged is skipped without parsing; an edited file updates its
    /// article and keeps its marks; an article already stored from another path is stored once.
    /// If the process dies, every committed batch stays and a re-run completes the rest.
    ///
    /// - Parameters:
    ///   - maximumFileBytes: larger files are failures, checked before anything is read.
    ///   - progress: called after each batch with the running summary.
    /// - Throws: ``StoreError`` if the library cannot be written (bad files are failures in the summary instead).
    public func importFiles(
        _ urls: [URL], extensions: Set<String> = Library.pageExtensions, batchSize: Int = 256,
        maximumFileBytes: Int = PageExtractor.maximumPageBytes,
        extract: @escaping ArticleExtractor, progress: (@Sendable (ImportSummary) -> Void)? = nil
    ) throws(StoreError) -> ImportSummary {
        guard !isReadOnly else { throw .readOnly(path: path) }
        let run = ImportRun(library: self, extract: extract, maximumFileBytes: maximumFileBytes, progress: progress)
        defer { run.close() }
        var batch: [ImportInput.Item] = []
        for item in ImportInput(urls: urls, extensions: extensions) {
            batch.append(item)
            if batch.count == max(1, batchSize) {
                try run.submit(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try run.submit(batch) }
        return try run.finish()
    }

    /// How many files an import of `urls` would read (walks folders; for a progress ETA).
    public static func countFiles(_ urls: [URL], extensions: Set<String> = Library.pageExtensions) -> Int {
        ImportInput(urls: urls, extensions: extensions).reduce(0) { count, _ in count + 1 }
    }
}

/// What the parallel stage made of one file.
enum PreparedFile: Sendable {
    case failed(path: String, reason: String)
    case unchanged(byteCount: Int64)
    case parsed(ArticleRecord, SourceFileRecord)
}
