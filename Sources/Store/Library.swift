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
    /// True when opened for reading only: every write throws ``StoreError/readOnly(path:)``.
    public let isReadOnly: Bool

    /// Opens the library at `path`, running pending migrations.
    ///
    /// - Throws: ``StoreError`` for a directory, an unwritable path, a file that is not an
    ///   SQLite database or is another program's database, a damaged one or one whose schema
    ///   is newer than this binary. Another program's database is never migrated.
    ///
    /// With `readOnly`, an existing, up-to-date library is opened without write access: no
    /// write-ahead-log setup and no checkpoint on close, so a `folio list` costs a few
    /// milliseconds, and a library whose file or folder is read-only can still be read. Every
    /// write then throws ``StoreError/readOnly(path:)``. An outdated library is still migrated
    /// first (and refused if it cannot be written).
    ///
    /// With `createIfMissing` (the default; `folio import` and the reader's first run), a missing
    /// library is created with its folders. Without it, a missing file throws
    /// ``StoreError/noLibrary(path:)`` and nothing is created: commands that only look or change
    /// marks never leave an empty library behind a mistyped `--library`.
    public convenience init(path: String, readOnly: Bool = false, createIfMissing: Bool = true) throws(StoreError) {
        let exists = try LibraryFile.check(path, createIfMissing: createIfMissing, readOnly: readOnly)
        if exists {
            let (queue, isCurrent) = try Self.inspect(path)
            if readOnly {
                if isCurrent, let queue {
                    try self.init(writer: queue, path: path, isReadOnly: true)
                    return
                }
                // An outdated library is migrated first, so it must pass the writer's checks too.
                _ = try LibraryFile.check(path, createIfMissing: false, readOnly: false)
            }
        }
        let pool: DatabasePool
        do {
            pool = try Self.openPool(path)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        try self.init(writer: pool, path: path, isReadOnly: false)
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
    /// and a newer schema before anything writes to it.
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
        var opened: (DatabaseQueue, LibraryState)?
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            opened = (queue, try queue.read(LibraryState.init))
        } catch let error as DatabaseError where LibraryFile.needsImmutableOpen(path, after: error) {
            if let queue = try? DatabaseQueue(path: immutableURI(path), configuration: config),
               let state = try? queue.read(LibraryState.init) {
                opened = (queue, state)
            }
        } catch {}
        // A file SQLite cannot read here is left to the writable open, which reports why.
        guard let (queue, state) = opened else { return (nil, false) }
        switch state {
        case .foreign: throw .notALibrary(path: path)
        case .newer: throw .newerSchema(path: path)
        case .current: return (queue, true)
        case .outdated: return (nil, false)
        }
    }

    /// The URI that opens `path` as a file nothing else changes while it is open: SQLite then
    /// reads the main file alone, with no locks and no `-shm` file (see
    /// ``LibraryFile/needsImmutableOpen(_:after:)`` for when that is safe).
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// A library that lives in memory, with the same schema: for tests and previews.
    public static func inMemory() throws(StoreError) -> Library {
        do {
            return try Library(writer: DatabaseQueue(configuration: configuration), path: ":memory:", isReadOnly: false)
        } catch {
            throw StoreError.wrap(error, path: ":memory:")
        }
    }

    private init(writer: any DatabaseWriter, path: String, isReadOnly: Bool) throws(StoreError) {
        self.writer = writer
        self.path = path
        self.isReadOnly = isReadOnly
        guard !isReadOnly else { return }
        do {
            let migrator = LibrarySchema.migrator
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: path)
            }
            if try !writer.read({ try migrator.hasCompletedMigrations($0) }) {
                try Self.migrate(writer, with: migrator)
            }
            try Self.stamp(writer)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Marks the file as Folio's (``LibraryFile/applicationID``): libraries made before the
    /// mark existed get it the first time they are opened for writing.
    private static func stamp(_ writer: any DatabaseWriter) throws {
        guard try writer.read({ try Int32.fetchOne($0, sql: "PRAGMA application_id") }) == 0 else { return }
        try writer.write { try $0.execute(sql: "PRAGMA application_id = \(LibraryFile.applicationID)") }
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
        guard !isReadOnly else { throw .readOnly(path: path) }
        do { return try writer.write(body) } catch { throw StoreError.wrap(error, path: path) }
    }
}
