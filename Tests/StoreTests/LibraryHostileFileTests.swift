import Foundation
import GRDB
import Testing
@testable import Store

/// Files at the library path that are not a healthy Folio library: another program's
/// database, a truncated library, a full disk, a file Folio may only read.
@Suite struct LibraryHostileFileTests {
    private func applicationID(_ path: String) throws -> Int32 {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } ?? 0
    }

    /// A library at `name` in `folder` holding one article, with its log folded into the file.
    private func library(_ name: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.url.appendingPathComponent(name).path
        let library = try Library(path: path)
        _ = try library.importFiles([folder.write("a.txt", page("A", body: ["words"]))], extract: testExtractor)
        try library.checkpoint()
        return path
    }

    // MARK: - Another program's database

    @Test("Another program's database that holds a grdb_migrations table is refused and left untouched",
          arguments: [true, false])
    func anotherGRDBProgramsDatabaseIsRefused(readOnly: Bool) throws {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("players.sqlite").path
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('createPlayer');
                CREATE TABLE player (name TEXT); INSERT INTO player VALUES ('Arthur');
                """)
        }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notALibrary(path: path)) { try Library(path: path, readOnly: readOnly) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("A database marked with another program's application id is refused untouched, even when empty")
    func aForeignApplicationIDIsRefused() throws {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("other.db").path
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = 42") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notALibrary(path: path)) { try Library(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("A new library carries Folio's application id")
    func aNewLibraryIsStamped() throws {
        let folder = TemporaryFolder()
        let path = try library("library.sqlite", in: folder)
        #expect(try applicationID(path) == 0x466F_6C69)
        #expect(try Library(path: path).counts().total == 1)
    }

    @Test("A library made before the application id still opens, and is stamped when opened for writing")
    func anEarlierLibraryIsStampedOnItsNextWrite() throws {
        let folder = TemporaryFolder()
        let path = try library("library.sqlite", in: folder)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = 0") }
        try queue.close()
        #expect(try Library(path: path, readOnly: true).counts().total == 1)
        #expect(try applicationID(path) == 0)
        #expect(try Library(path: path).counts().total == 1)
        #expect(try applicationID(path) == LibraryFile.applicationID)
    }

    // MARK: - Truncated

    @Test("A library truncated by one byte or by a page is refused for writing, left untouched, and still readable",
          arguments: [1, 4096])
    func aTruncatedLibraryIsRefusedForWriting(missingBytes: Int) throws {
        let folder = TemporaryFolder()
        let path = try library("library.sqlite", in: folder)
        let full = try Data(contentsOf: URL(fileURLWithPath: path))
        let cut = full.prefix(full.count - missingBytes)
        try cut.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try Library(path: path) }
        #expect(error == .truncated(path: path, size: Int64(cut.count), expected: Int64(full.count)))
        #expect(error?.description.contains("restore a backup") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == cut)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        // Reading what is left is allowed: SQLite reports any page it cannot read.
        _ = try? Library(path: path, readOnly: true, createIfMissing: false).summaries(matching: nil)
    }

    @Test("A file shorter than its page count is not taken for damage while the write-ahead log holds pages")
    func aShortFileWithALogIsNotTruncation() throws {
        var header = [UInt8](repeating: 0, count: 100)
        header.replaceSubrange(0..<16, with: Array("SQLite format 3\0".utf8))
        header[16] = 0x10  // 4096-byte pages
        header[31] = 3  // three pages
        header[27] = 7; header[95] = 7  // page count written by the version that wrote the counter
        #expect(throws: Never.self) {
            try LibraryFile.checkHeader(header, fileSize: 8192, logIsEmpty: false, path: "l", readOnly: false)
        }
        #expect(throws: StoreError.truncated(path: "l", size: 8192, expected: 12288)) {
            try LibraryFile.checkHeader(header, fileSize: 8192, logIsEmpty: true, path: "l", readOnly: false)
        }
        #expect(throws: StoreError.truncated(path: "l", size: 12287, expected: 12288)) {
            try LibraryFile.checkHeader(header, fileSize: 12287, logIsEmpty: false, path: "l", readOnly: false)
        }
    }

    // MARK: - Full disk

    @Test("A full disk is reported in Folio's words, naming the library")
    func aFullDiskIsReportedPlainly() throws {
        let folder = TemporaryFolder()
        let path = try library("library.sqlite", in: folder)
        let library = try Library(path: path)
        // SQLITE_FULL, as a full disk gives it: no page may be added to the file.
        let pages = try library.writer.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 0
        try library.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages)") }
        let words = (0..<3000).map { "word\($0)" }.joined(separator: " ")
        let big = folder.write("big.txt", page("Big", body: [words, words.uppercased()]))
        let error = #expect(throws: StoreError.self) { try library.importFiles([big], extract: testExtractor) }
        #expect(error == .diskFull(path: path))
        #expect(error?.description.contains("full") == true && error?.description.contains(path) == true)
        #expect(try library.counts().total == 1)
    }

    // MARK: - Read-only

    @Test("A library opened read-only refuses every write with a message that says marks cannot be saved")
    func aReadOnlyLibraryRefusesWrites() throws {
        let folder = TemporaryFolder()
        let path = try library("library.sqlite", in: folder)
        let library = try Library(path: path, readOnly: true)
        #expect(library.isReadOnly)
        #expect(throws: StoreError.readOnly(path: path)) { try library.setRead(true, ids: [1]) }
        #expect(throws: StoreError.readOnly(path: path)) { try library.setStarred(true, ids: [1]) }
        #expect(throws: StoreError.readOnly(path: path)) { try library.remove(ids: [1]) }
        #expect(throws: StoreError.readOnly(path: path)) { try library.checkpoint() }
        #expect(throws: StoreError.readOnly(path: path)) {
            try library.importFiles([folder.write("b.txt", page("B", body: ["more"]))], extract: testExtractor)
        }
        #expect(StoreError.readOnly(path: path).description.contains("marks"))
        #expect(try library.counts().total == 1)
    }

    /// As root, permissions do not stop a write, so this covers the read-only open path only; the
    /// end-to-end test runs `folio` as an unprivileged user to cover the permissions themselves.
    @Test("A read-only library file can be opened for reading but not for writing")
    func aReadOnlyFileOpensForReading() throws {
        let folder = TemporaryFolder()
        let path = try library("library.sqlite", in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        #expect(try Library(path: path, readOnly: true).counts().total == 1)
        if geteuid() != 0 {
            let error = #expect(throws: StoreError.self) { try Library(path: path) }
            guard case .notWritable(path, _) = error else { Issue.record("got \(String(describing: error))"); return }
        }
    }

    @Test("The immutable URI for a read-only folder opens paths with spaces, ?, # and %")
    func theImmutableURIEscapesThePath() throws {
        let folder = TemporaryFolder()
        let path = try library("a?b #c%d.sqlite", in: folder)
        let queue = try DatabaseQueue(path: Library.immutableURI(path))
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") } == 1)
        #expect(Library.immutableURI(path).hasSuffix("a%3Fb%20%23c%25d.sqlite?immutable=1"))
    }
}
