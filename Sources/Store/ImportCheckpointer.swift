import Dispatch
import Foundation
import GRDB

/// Copies the write-ahead log into the library file on a thread of its own while an import writes.
///
/// Why (measured 2026-11-25 on 30k–100k generated pages): with SQLite's automatic checkpoints the
/// single writer copied the log into the file after almost every batch, about 15% of its CPU, and
/// then waited for two `fdatasync`s: 359 syncs, 5.9 s blocked, in a 30k-page import. Here a
/// second connection checkpoints in PASSIVE mode (it never blocks the writer and never waits for
/// it) after each commit, while the writer goes on with the next batch. Durability is unchanged:
/// commits go to the log exactly as before, and every checkpoint still syncs.
///
/// The log starts over only when it has been copied completely at the moment a write transaction
/// begins, which a writer that never pauses does not see. So once the log holds more than
/// ``logLimitBytes``, the writer waits for the running checkpoint and copies the rest itself
/// before its next transaction (``boundLog(_:)``): the log stays bounded.
final class ImportCheckpointer: @unchecked Sendable {
    /// Past this much log the writer pauses once to let the log start over.
    static let logLimitBytes = 128 << 20

    private let connection: DatabaseQueue
    private let queue = DispatchQueue(label: "folio.import.checkpoint")
    private let lock = NSLock()
    // Guarded by `lock`.
    private var pending = false
    private var logFrames = 0

    /// A checkpointer for the library file at `path`; nil for an in-memory library.
    init?(path: String) {
        guard path != ":memory:" else { return nil }
        var config = Configuration()
        config.busyMode = .timeout(30)
        guard let connection = try? DatabaseQueue(path: path, configuration: config) else { return nil }
        self.connection = connection
    }

    /// Asks for a checkpoint after a commit; does nothing if one is already waiting to start.
    func request() {
        let start = lock.withLock {
            defer { pending = true }
            return !pending
        }
        guard start else { return }
        queue.async { [self] in
            lock.withLock { pending = false }
            // BUSY (another process is checkpointing) is harmless: the next request copies more.
            let frames = try? connection.writeWithoutTransaction { try $0.checkpoint(.passive).walFrameCount }
            if let frames { lock.withLock { logFrames = frames } }
        }
    }

    /// Called by the writer between transactions: if the log has grown past the limit, waits for
    /// the running checkpoint and copies what is left, so the next transaction restarts the log.
    func boundLog(_ db: Database) {
        let pageBytes = 4096 + 24
        guard lock.withLock({ logFrames }) * pageBytes > Self.logLimitBytes else { return }
        queue.sync {}
        _ = try? db.checkpoint(.passive)
        lock.withLock { logFrames = 0 }
    }

    /// Waits for the last checkpoint to finish.
    func drain() {
        request()
        queue.sync {}
    }
}
