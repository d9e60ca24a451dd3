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
        let run = ImportRun(library: self, extract: extract, maximumFileBytes: maximumFileBytes, progress: progress)
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

/// One import: parses batches in parallel and hands them to a serial writer, two in flight.
final class ImportRun: @unchecked Sendable {
    private let library: Library
    private let extract: ArticleExtractor
    private let maximumFileBytes: Int
    private let progress: (@Sendable (ImportSummary) -> Void)?
    private let writerQueue = DispatchQueue(label: "folio.import.writer")
    private let inFlight = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    // Guarded by `lock`.
    private var summary = ImportSummary()
    private var writeError: StoreError?

    init(library: Library, extract: @escaping ArticleExtractor, maximumFileBytes: Int,
         progress: (@Sendable (ImportSummary) -> Void)?) {
        self.library = library
        self.extract = extract
        self.maximumFileBytes = maximumFileBytes
        self.progress = progress
    }

    func submit(_ items: [ImportInput.Item]) throws(StoreError) {
        if let error = lock.withLock({ writeError }) { throw error }
        let known = try knownHashes(items.compactMap { if case let .file(path) = $0 { path } else { nil } })
        let (prepared, parseCPU) = prepare(items, known: known)
        inFlight.wait()
        writerQueue.async { [self] in
            defer { inFlight.signal() }
            guard lock.withLock({ writeError == nil }) else { return }
            do {
                let start = threadCPUSeconds()
                var counts = try library.write { db in try ImportWriter.write(prepared, db) }
                counts.writeCPUSeconds = threadCPUSeconds() - start
                counts.parseCPUSeconds = parseCPU
                let snapshot = lock.withLock {
                    summary.merge(counts)
                    return summary
                }
                progress?(snapshot)
            } catch {
                lock.withLock { writeError = StoreError.wrap(error, path: library.path) }
            }
        }
    }

    func finish() throws(StoreError) -> ImportSummary {
        writerQueue.sync {}
        let (result, error) = lock.withLock { (summary, writeError) }
        if let error { throw error }
        return result
    }

    private func knownHashes(_ paths: [String]) throws(StoreError) -> [String: Int64] {
        try library.read { db in
            let placeholders = Array(repeating: "?", count: paths.count).joined(separator: ",")
            let rows = try Row.fetchAll(
                db, sql: "SELECT path, fileHash FROM sourceFile WHERE path IN (\(placeholders))",
                arguments: StatementArguments(paths))
            return Dictionary(rows.map { ($0[0] as String, $0[1] as Int64) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// Reads, hashes and extracts every file of the batch on all cores.
    private func prepare(_ items: [ImportInput.Item], known: [String: Int64]) -> ([PreparedFile], cpu: Double) {
        let results = BatchResults(count: items.count)
        let now = Date().timeIntervalSince1970
        let extract = self.extract
        let limit = maximumFileBytes
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let start = threadCPUSeconds()
            defer { results.addCPU(threadCPUSeconds() - start) }
            switch items[index] {
            case let .missing(path):
                results.set(index, .failed(path: path, reason: "no such file or folder"))
            case let .file(path):
                results.set(index, Self.prepare(path, knownHash: known[path], now: now, limit: limit, extract: extract))
            }
        }
        return (results.all, results.cpu)
    }

    private static func prepare(
        _ path: String, knownHash: Int64?, now: Double, limit: Int, extract: ArticleExtractor
    ) -> PreparedFile {
        // Size first, from the inode: a huge file is never loaded into memory.
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit {
            return .failed(path: path, reason: "too large (\(info.st_size) bytes, the limit is \(limit) bytes); skipped")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failed(path: path, reason: "cannot read the file (check its permissions)")
        }
        let bytes = [UInt8](data)
        var hasher = ContentHasher()
        hasher.add(bytes)
        let fileHash = Int64(bitPattern: hasher.value)
        if fileHash == knownHash { return .unchanged(byteCount: Int64(bytes.count)) }
        do {
            var article = try extract(bytes, path)
            article.source.path = path
            let record = ArticleRecord(article, now: now)
            let source = SourceFileRecord(path: path, articleId: 0, fileHash: fileHash, byteCount: Int64(bytes.count))
            return .parsed(record, source)
        } catch {
            return .failed(path: path, reason: String(describing: error))
        }
    }
}

/// Results of one parallel batch, each slot written once by one worker.
private final class BatchResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [PreparedFile?]
    private var cpuSeconds = 0.0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: PreparedFile) { lock.withLock { slots[index] = value } }

    func addCPU(_ seconds: Double) { lock.withLock { cpuSeconds += seconds } }

    var all: [PreparedFile] { lock.withLock { slots.compactMap { $0 } } }

    var cpu: Double { lock.withLock { cpuSeconds } }
}

/// CPU time the calling thread has used (for the import's parse/write breakdown).
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
