import Foundation
import GRDB

/// Store: the library of imported articles, their marks and the search index (SQLite via GRDB).
///
/// `Store` imports `Extraction` (for ``Article``) and `FilterQuery` (it compiles the filter tree
/// to SQL). It never touches the terminal and never depends on the UI modules. Callers never
/// write SQL: every query takes bound parameters only, and the full-text index is kept in
/// sync here, not by callers. A library file that cannot be opened safely is reported, never
/// overwritten or deleted.
///
/// ```swift
/// let library = try Library(path: Library.defaultPath(option: nil))
/// let page = try library.summaries(matching: try FilterQuery("trade -trump").root, limit: 50)
/// ```
public final class Library: Sendable {
    /// The library file, or `":memory:"` for ``inMemory()``.
    public let path: String
    let writer: any DatabaseWriter

    /// Opens the library at `path`, running pending migrations.
    ///
    /// - Throws: ``StoreError`` for a directory, an unwritable path, a file that is not an
    ///   SQLite database or is another program's database, a damaged one or one whose schema
    ///   is newer than this binary. Another program's database is never migrated.
    ///
    /// With `readOnly`, an existing, up-to-date library is opened without write access: no
    /// write-ahead-log setup and no checkpoint on close, so a `folio list` costs a few
    /// milliseconds. An outdated library is still migrated first.
    ///
    /// With `createIfMissing` (the default; `folio import` and the reader's first run), a missing
    /// library is created with its folders. Without it, a missing file throws
    /// ``StoreError/noLibrary(path:)`` and nothing is created: commands that only look or change
    /// marks never leave an empty library behind a mistyped `--library`.
    public convenience init(path: String, readOnly: Bool = false, createIfMissing: Bool = true) throws(StoreError) {
        let exists = try Self.checkLocation(path, createIfMissing: createIfMissing)
        if exists {
            let (queue, isCurrent) = try Self.inspect(path)
            if readOnly, isCurrent, let queue {
                try self.init(writer: queue, path: path)
                return
            }
        }
        let pool: DatabasePool
        do {
            pool = try Self.openPool(path)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        try self.init(writer: pool, path: path)
    }

    /// Runs the pending migrations, waiting out another process that runs them at the same time.
    ///
    /// The migrator reads which migrations ran before it takes the write lock, so the second of
    /// two imports creating one library may run a migration the first has just applied ("table
    /// article already exists"). Each migration is its own transaction, so the failed one left
    /// nothing: it is tried again (with the list read afresh) until every migration has run.
    private static func migrate(_ writer: any DatabaseWriter, with migrator: DatabaseMigrator) throws {
        try duringSetup(retrying: [.SQLITE_ERROR, .SQLITE_BUSY]) {
            do {
                try migrator.migrate(writer)
            } catch {
                guard try writer.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
            }
        }
    }

    /// How long setup waits for another process setting up the same library.
    static let setupWait: Duration = .seconds(30)

    /// Opens the write-ahead-log pool, waiting while another process holds the file.
    ///
    /// SQLite answers `PRAGMA journal_mode = WAL` with SQLITE_BUSY at once, without calling the
    /// busy handler, while another connection holds the file: two imports creating one library
    /// failed that way about half the time when started together.
    private static func openPool(_ path: String) throws -> DatabasePool {
        try duringSetup(retrying: [.SQLITE_BUSY]) { try DatabasePool(path: path, configuration: configuration) }
    }

    /// Runs `step`, again every 20 ms while it fails with one of `codes`, for at most
    /// ``setupWait`` (the busy timeout of every later statement); other errors are thrown at once.
    private static func duringSetup<T>(retrying codes: [ResultCode], _ step: () throws -> T) throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + setupWait
        while true {
            do {
                return try step()
            } catch let error as DatabaseError where codes.contains(error.resultCode.primaryResultCode) && clock.now < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    /// Looks at an existing file without write access: refuses another program's database
    /// (user tables, no migration table) and a newer schema before anything writes to it.
    ///
    /// - Returns: a read-only connection if one opens, and whether the schema is up to date.
    private static func inspect(_ path: String) throws(StoreError) -> (DatabaseQueue?, isCurrent: Bool) {
        var config = configuration
        config.readonly = true
        config.prepareDatabase { db in
            // Memory-mapped reads: a fresh `folio list` reads pages without a syscall each.
            // Only here: mapped pages count as resident, and an import must stay small.
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
        }
        // A file SQLite cannot read here is left to the writable open, which reports why.
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return (nil, false) }
        enum State { case foreign, newer, current, outdated }
        let state = try? queue.read { db -> State in
            let migrator = LibrarySchema.migrator
            if try !db.tableExists("grdb_migrations") {
                let tables = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
                    """) ?? 0
                return tables > 0 ? .foreign : .outdated
            }
            if try migrator.hasBeenSuperseded(db) { return .newer }
            return try migrator.hasCompletedMigrations(db) ? .current : .outdated
        }
        switch state {
        case .foreign: throw .notALibrary(path: path)
        case .newer: throw .newerSchema(path: path)
        case .current: return (queue, true)
        case .outdated, nil: return (nil, false)
        }
    }

    /// A library that lives in memory, with the same schema: for tests and previews.
    public static func inMemory() throws(StoreError) -> Library {
        do {
            return try Library(writer: DatabaseQueue(configuration: configuration), path: ":memory:")
        } catch {
            throw StoreError.wrap(error, path: ":memory:")
        }
    }

    private init(writer: any DatabaseWriter, path: String) throws(StoreError) {
        self.writer = writer
        self.path = path
        do {
            let migrator = LibrarySchema.migrator
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: path)
            }
            if try !writer.read({ try migrator.hasCompletedMigrations($0) }) {
                try Self.migrate(writer, with: migrator)
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    static var configuration: Configuration {
        var config = Configuration()
        // Two imports at once wait for each other instead of failing with "database is locked".
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // A fixed 32 MB page cache per connection: import memory must not grow with the library.
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        // The default 4 KB pages: measured on generated corpora, larger pages leave most of
        // a page empty behind each ~8 KB article (16 KB pages: 1.68x the imported bytes; 4 KB: 1.3x).
        return config
    }

    // MARK: - Location

    /// The library path: `option` (`--library`), else `$FOLIO_LIBRARY`, else
    /// `$XDG_DATA_HOME/folio/library.sqlite`, else `~/.local/share/folio/library.sqlite`.
    public static func defaultPath(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment["FOLIO_LIBRARY"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/folio/library.sqlite"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/folio/library.sqlite"
    }

    /// Refuses directories and non-SQLite files before SQLite sees them; creates the folder
    /// (only with `createIfMissing`; else a missing file is ``StoreError/noLibrary(path:)``).
    ///
    /// - Returns: whether the file exists.
    private static func checkLocation(_ path: String, createIfMissing: Bool) throws(StoreError) -> Bool {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .isDirectory(path: path) }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw .notWritable(path: path, reason: "the file cannot be read")
            }
            let header = (try? handle.read(upToCount: 16)) ?? Data()
            try? handle.close()
            if !header.isEmpty, header != Data("SQLite format 3\0".utf8) { throw .notALibrary(path: path) }
            guard manager.isWritableFile(atPath: path) else {
                throw .notWritable(path: path, reason: "the file is read-only")
            }
            return true
        }
        guard createIfMissing else { throw .noLibrary(path: path) }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .notWritable(path: path, reason: "cannot create the folder \(folder)")
            }
            guard manager.isWritableFile(atPath: folder) else {
                throw .notWritable(path: path, reason: "the folder \(folder) is read-only")
            }
        }
        return false
    }

    // MARK: - Access

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.read(body) } catch { throw StoreError.wrap(error, path: path) }
    }

    /// Makes the queries running now stop at once and throw; safe to call from any thread, and
    /// a no-op when none runs. The reader calls it when a key arrives while it counts in the
    /// background of a frame, so the key does not wait for a count it will throw away.
    public func interrupt() {
        writer.interrupt()
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.write(body) } catch { throw StoreError.wrap(error, path: path) }
    }
}
