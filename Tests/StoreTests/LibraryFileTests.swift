import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct LibraryFileTests {
    @Test func aNewLibraryIsCreatedWithItsFolder() throws {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("deep/er/library.sqlite").path
        let library = try Library(path: path)
        #expect(try library.counts().total == 0)
        #expect(FileManager.default.fileExists(atPath: path))
        // Reopening runs no migration again and keeps the data.
        _ = try library.importFiles([folder.write("a.txt", page("A", body: ["x"]))], extract: testExtractor)
        #expect(try Library(path: path).counts().total == 1)
    }

    @Test func anImportLeavesTheLogCopiedAndAutomaticCheckpointsOn() throws {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("library.sqlite").path
        let library = try Library(path: path)
        for i in 0..<40 { _ = folder.write("p\(i).txt", page("Page \(i)", body: ["words \(i)"])) }
        let summary = try library.importFiles([folder.url], batchSize: 7, extract: testExtractor)
        #expect(summary.imported == 40)
        // The import's own checkpointer has copied every commit into the file...
        let frames = try library.writer.writeWithoutTransaction { try $0.checkpoint(.passive) }
        #expect(frames.walFrameCount == frames.checkpointedFrameCount)
        // ...and later writes in this process get SQLite's automatic checkpoints again.
        let pages = try library.writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") }
        #expect(pages == 1000)
        #expect(try library.integrityProblems().isEmpty)
    }

    @Test(arguments: [true, false])
    func aMissingLibraryIsReportedWithoutCreatingAnything(readOnly: Bool) {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("typo/library.sqlite").path
        #expect(throws: StoreError.noLibrary(path: path)) {
            try Library(path: path, readOnly: readOnly, createIfMissing: false)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("typo").path))
        #expect(StoreError.noLibrary(path: path).description.contains("folio import"))
    }

    @Test func aDirectoryIsRefused() {
        let folder = TemporaryFolder()
        #expect(throws: StoreError.isDirectory(path: folder.url.path)) { try Library(path: folder.url.path) }
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAlone() throws {
        let folder = TemporaryFolder()
        let file = folder.write("notes.sqlite", "my precious notes")
        #expect(throws: StoreError.notALibrary(path: file.path)) { try Library(path: file.path) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "my precious notes")
    }

    @Test(arguments: [true, false])
    func anotherProgramsDatabaseIsRefusedAndLeftAlone(readOnly: Bool) throws {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("other.db").path
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('mine')") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notALibrary(path: path)) { try Library(path: path, readOnly: readOnly) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func anEmptySQLiteFileBecomesALibrary() throws {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("empty.db").path
        try DatabaseQueue(path: path).close()
        #expect(try Library(path: path).counts().total == 0)
    }

    @Test func aCorruptLibraryIsRefusedAndLeftAlone() throws {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("lib.sqlite").path
        _ = try Library(path: path).importFiles([folder.write("a.txt", page("A", body: ["x"]))], extract: testExtractor)
        let db = try DatabaseQueue(path: path)
        try db.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try db.close()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for i in 100..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { _ = try Library(path: path).counts() }
        #expect(error == .corrupt(path: path) || error == .notALibrary(path: path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aNewerSchemaIsRefused() throws {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("lib.sqlite").path
        _ = try Library(path: path)
        let db = try DatabaseQueue(path: path)
        try db.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from the future')") }
        try db.close()
        #expect(throws: StoreError.newerSchema(path: path)) { try Library(path: path) }
    }

    @Test func anUnwritablePlaceIsRefused() throws {
        let folder = TemporaryFolder()
        let file = folder.write("plain", "x")
        let path = file.appendingPathComponent("library.sqlite").path
        let error = #expect(throws: StoreError.self) { try Library(path: path) }
        guard case .notWritable(let reported, _) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reported == path)
    }

    @Test func pathResolutionOrder() {
        #expect(Library.defaultPath(option: "/x/l.sqlite", environment: ["FOLIO_LIBRARY": "/y"]) == "/x/l.sqlite")
        #expect(Library.defaultPath(option: nil, environment: ["FOLIO_LIBRARY": "/y", "XDG_DATA_HOME": "/d"]) == "/y")
        #expect(Library.defaultPath(option: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/folio/library.sqlite")
        #expect(Library.defaultPath(option: nil, environment: ["HOME": "/h"]) == "/h/.local/share/folio/library.sqlite")
    }

    @Test func errorMessagesNameThePathAndWhatToDo() {
        let message = StoreError.notALibrary(path: "/p/l.sqlite").description
        #expect(message.contains("/p/l.sqlite") && message.contains("--library"))
    }
}
