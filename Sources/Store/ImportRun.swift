import Dispatch
import Foundation
import GRDB

/// One import: parses batches in parallel and hands them to a serial writer, two in flight.
///
/// The writer commits every ``transactionPages`` pages, or sooner when no parsed batch is
/// waiting. Each commit writes every page its rows touched, and in a large library the rows of a
/// batch land on different leaves of the date, title and hash indexes: with 256-page commits a
/// 100k-page import wrote 7.2 GB for a 1.4 GB library; 1,024-page commits write a quarter less
/// (measured on 30k pages). Memory still holds two parse batches only: rows go into SQLite as
/// each batch arrives, and a kill loses at most the open transaction.
final class ImportRun: @unchecked Sendable {
    /// Pages per write transaction when the writer has batches waiting.
    static let transactionPages = 1024

    private let library: Library
    private let extract: ArticleExtractor
    private let maximumFileBytes: Int
    private let progress: (@Sendable (ImportSummary) -> Void)?
    private let writerQueue = DispatchQueue(label: "folio.import.writer")
    private let inFlight = DispatchSemaphore(value: 2)
    /// Checkpoints off the writer thread (nil in memory); the writer's own automatic ones are off meanwhile.
    private let checkpointer: ImportCheckpointer?
    private let queue = NSCondition()
    // Guarded by `queue`.
    private var parsed: [(files: [PreparedFile], cpu: Double)] = []
    private var allSubmitted = false
    private var writerStarted = false
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
        checkpointer = ImportCheckpointer(path: library.path)
        if checkpointer != nil { Self.setAutomaticCheckpoints(0, library) }
    }

    /// Waits for the writer, ends the import's checkpointing and gives the writer back SQLite's
    /// automatic checkpoints. Runs once; later calls return at once.
    func close() {
        let first = queue.withLock {
            defer { allSubmitted = true }
            queue.broadcast()
            return !allSubmitted
        }
        guard first else { return }
        writerQueue.sync {}
        guard let checkpointer else { return }
        checkpointer.drain()
        Self.setAutomaticCheckpoints(1000, library)
    }

    /// `wal_autocheckpoint` of the library's writer connection (1000 pages is SQLite's default).
    private static func setAutomaticCheckpoints(_ pages: Int, _ library: Library) {
        _ = try? library.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = \(pages)") }
    }

    func submit(_ items: [ImportInput.Item]) throws(StoreError) {
        if let error = lock.withLock({ writeError }) { throw error }
        let known = try knownHashes(items.compactMap { if case let .file(path) = $0 { path } else { nil } })
        let (prepared, parseCPU) = prepare(items, known: known)
        inFlight.wait()
        let startWriter = queue.withLock {
            parsed.append((prepared, parseCPU))
            queue.signal()
            defer { writerStarted = true }
            return !writerStarted
        }
        if startWriter { writerQueue.async { [self] in writeAll() } }
    }

    func finish() throws(StoreError) -> ImportSummary {
        close()
        let (result, error) = lock.withLock { (summary, writeError) }
        if let error { throw error }
        return result
    }

    /// The next parsed batch; waits for one unless `wait` is false; nil once all are written.
    private func nextBatch(wait: Bool) -> (files: [PreparedFile], cpu: Double)? {
        queue.withLock {
            while parsed.isEmpty, !allSubmitted, wait { queue.wait() }
            return parsed.isEmpty ? nil : parsed.removeFirst()
        }
    }

    /// Adds a written batch to the summary and reports progress (a failed commit fails the import).
    private func report(_ counts: ImportSummary) {
        let snapshot = lock.withLock {
            summary.merge(counts)
            return summary
        }
        progress?(snapshot)
    }

    /// The writer: a transaction per ``transactionPages``, or per batch when no other is waiting.
    /// The connection is let go between transactions (an in-memory library has only one).
    ///
    /// Every batch taken is given back to `inFlight` exactly once, also when a write fails
    /// midway (a full disk): a semaphore freed below its start value ends the process.
    private func writeAll() {
        var holdsBatch = false
        do {
            while var batch = nextBatch(wait: true) {
                holdsBatch = true
                let start = threadCPUSeconds()
                try library.writer.writeWithoutTransaction { db in
                    checkpointer?.boundLog(db)
                    try db.inTransaction(.immediate) {
                        var pages = 0
                        while true {
                            var counts = try ImportWriter.write(batch.files, db)
                            counts.parseCPUSeconds = batch.cpu
                            pages += batch.files.count
                            inFlight.signal()
                            holdsBatch = false
                            report(counts)
                            guard pages < Self.transactionPages, let next = nextBatch(wait: false) else { break }
                            batch = next
                            holdsBatch = true
                        }
                        return .commit
                    }
                }
                checkpointer?.request()
                lock.withLock { summary.writeCPUSeconds += threadCPUSeconds() - start }
            }
        } catch {
            if holdsBatch { inFlight.signal() }
            lock.withLock { writeError = StoreError.wrap(error, path: library.path) }
            // Unblock the parsing side; `submit` reports the error.
            while nextBatch(wait: true) != nil { inFlight.signal() }
        }
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
            case let .unreadableFolder(path, reason):
                results.set(index, .failed(path: path, reason: reason))
            case let .noPages(path):
                results.set(index, .failed(path: path, reason: "no pages in this folder (\(FileKind.pageFiles)); nothing to import"))
            case let .file(path):
                results.set(index, Self.prepare(path, knownHash: known[path], now: now, limit: limit, extract: extract))
            }
        }
        return (results.all, results.cpu)
    }

    /// Why `path` gave no bytes, in words a user can act on.
    private static func unreadableReason(_ path: String) -> String {
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            // The folder walk reads a name that is not UTF-8 with U+FFFD in it, which names no file.
            if code == ENOENT && path.contains("\u{FFFD}") {
                return "the name is not UTF-8, so it cannot be read by name; rename it"
            }
            if code == ENAMETOOLONG { return FileKind.pathTooLong }
            return "cannot read the file (\(String(cString: strerror(code))))"
        }
        if info.st_mode & S_IFMT == S_IFDIR { return "a folder named like a page, not a page" }
        return "cannot read the file (check its permissions)"
    }

    private static func prepare(
        _ path: String, knownHash: Int64?, now: Double, limit: Int, extract: ArticleExtractor
    ) -> PreparedFile {
        // Type and size first, from the inode: a FIFO is never opened (that would wait for a
        // writer) and a huge file is never loaded into memory.
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type != S_IFREG && type != S_IFDIR { return .failed(path: path, reason: FileKind.notRegular(info.st_mode)) }
            if type == S_IFREG, Int(info.st_size) > limit {
                return .failed(path: path, reason: "too large (\(info.st_size) bytes, the limit is \(limit) bytes); skipped")
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failed(path: path, reason: unreadableReason(path))
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
