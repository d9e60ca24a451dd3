#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB
import Testing

/// `folio` on library files that are not what they should be: bad bytes in rows, a file or
/// folder it may only read, another program's database, a truncated library.
@Suite struct LibraryFileCommandTests {
    private func execute(_ sql: String, on path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: sql) }
        try queue.close()
    }

    @Test("BLOBs and invalid UTF-8 in text columns are listed and shown with replacement characters", arguments: ["BLOB", "TEXT"])
    func badBytesAreShownWithReplacementCharacters(storage: String) throws {
        guard let (folder, library) = try LibraryProcess.imported(2) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let columns = ["title", "section", "site", "sourcePath", "date", "dek", "authors", "byline", "url", "body"]
        let bad = columns.map { "\($0) = CAST(x'ff41' AS \(storage))" }.joined(separator: ", ")
        try execute("UPDATE article SET \(bad) WHERE id = 1", on: library)
        for arguments in [["list"], ["list", "--format", "tsv"], ["list", "--format", "json"], ["list", "--sort", "title"], ["list", "is:unread"],
                          ["show", "1"], ["show", "1", "--format", "markdown"], ["show", "1", "--format", "json"]] {
            let result = try LibraryProcess.run(arguments + ["--library", library], in: folder)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout.contains("\u{FFFD}A") || result.stdout.contains("\\ufffdA"), "\(arguments): \(result.stdout)")
        }
        let marked = try LibraryProcess.run(["mark", "1", "--read", "--library", library], in: folder)
        #expect(marked.status == 0, "\(marked.stderr)")
    }

    /// Run as `nobody` when the tests run as root, since root ignores permissions.
    @Test("A read-only library file or folder is listed and shown, and mark names the file it cannot write",
          .enabled(if: FolioRun.canTestPermissions), arguments: ["file", "folder"])
    func aReadOnlyLibraryCanBeRead(what: String) throws {
        guard let (folder, imported) = try LibraryProcess.imported(2) else { return }
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let library = locked.appendingPathComponent("library.sqlite").path
        try FileManager.default.copyItem(atPath: imported, toPath: library)
        try FileManager.default.setAttributes([.posixPermissions: what == "file" ? 0o444 : 0o644], ofItemAtPath: library)
        // In a read-only folder the file itself may be writable: SQLite still cannot make its
        // -shm and -wal files there, which is what the folder case is about.
        if what == "folder", geteuid() == 0 { chown(library, 65534, 65534) }
        try FileManager.default.setAttributes([.posixPermissions: what == "file" ? 0o755 : 0o555], ofItemAtPath: locked.path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
            try? FileManager.default.removeItem(at: folder)
        }
        for arguments in [["list"], ["show", "1"], ["stats"]] {
            let result = try FolioRun.run(arguments + ["--library", library], in: folder, unprivileged: true)
            #expect(result.status == 0, "\(what) \(arguments): \(result.stderr)")
        }
        let listed = try FolioRun.run(["list", "--library", library, "--format", "tsv"], in: folder, unprivileged: true)
        #expect(listed.stdout.split(separator: "\n").count == 2)
        let marked = try FolioRun.run(["mark", "1", "--read", "--library", library], in: folder, unprivileged: true)
        #expect(marked.status == 1)
        #expect(marked.stderr.contains("cannot write the library at \(library)"), "\(what): \(marked.stderr)")
        #expect(!FileManager.default.fileExists(atPath: library + "-wal"))
    }

    @Test("Another program's database with a grdb_migrations table is refused by import and left untouched")
    func anotherProgramsDatabaseIsLeftAlone() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        try LibraryProcess.writePages(2, to: folder.appendingPathComponent("pages"))
        let other = folder.appendingPathComponent("players.sqlite").path
        try execute("""
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
            INSERT INTO grdb_migrations VALUES ('createPlayer');
            CREATE TABLE player (name TEXT);
            """, on: other)
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        for arguments in [["import", folder.appendingPathComponent("pages").path], ["list"], ["remove", "--all"]] {
            let result = try LibraryProcess.run(arguments + ["--library", other], in: folder)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("is not a Folio library"), "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
    }

    @Test("A library truncated by one byte is refused by import, mark and remove, and left as it was")
    func aTruncatedLibraryIsNotWritten() throws {
        guard let (folder, library) = try LibraryProcess.imported(3) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let handle = try #require(FileHandle(forUpdatingAtPath: library))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size - 1)
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: library))
        for arguments in [["import", folder.appendingPathComponent("pages").path], ["mark", "1", "--read"], ["remove", "1"]] {
            let result = try LibraryProcess.run(arguments + ["--library", library], in: folder)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("is damaged") && result.stderr.contains("restore a backup"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: library)) == before)
    }
}
