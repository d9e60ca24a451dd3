import Foundation
import Testing

/// `folio` library commands as a user runs them: refusals that protect the library.
@Suite(.serialized) struct LibraryCommandTests {
    /// A folder with a library of `count` pages imported, or nil (with a printed reason) without a binary.
    private func importedLibrary(_ count: Int) throws -> (folder: URL, library: String)? {
        guard let folder = try LibraryProcess.workspace() else { return nil }
        let pages = folder.appendingPathComponent("pages")
        try LibraryProcess.writePages(count, to: pages)
        let library = folder.appendingPathComponent("library.sqlite").path
        let result = try LibraryProcess.run(["import", "--library", library, pages.path], in: folder)
        #expect(result.status == 0, "import: \(result.stdout) \(result.stderr)")
        return (folder, library)
    }

    @Test(arguments: ["remove", "mark"])
    func aQueryThatSelectsEverythingIsRefusedWithoutAll(_ command: String) throws {
        guard let (folder, library) = try importedLibrary(3) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let extra = command == "mark" ? ["--read"] : []
        for query in ["'", "."] {
            let refused = try LibraryProcess.run([command, "--library", library, "--query", query] + extra, in: folder)
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("--all"), "\(refused.stderr)")
            let unread = try LibraryProcess.run(["list", "--library", library, "is:unread", "--format", "tsv"], in: folder)
            #expect(unread.stdout.split(separator: "\n").count == 3)
        }
        let allowed = try LibraryProcess.run([command, "--library", library, "--query", "'", "--all"] + extra, in: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        let unread = try LibraryProcess.run(["list", "--library", library, "is:unread", "--format", "tsv"], in: folder)
        #expect(unread.stdout.isEmpty)
    }

    @Test func commandsOtherThanImportReportAMissingLibraryAndCreateNothing() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("typo/library.sqlite").path
        for arguments in [["list"], ["show", "1"], ["stats"], ["mark", "1", "--read"], ["remove", "1"]] {
            let result = try LibraryProcess.run(arguments + ["--library", missing], in: folder)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains("no library at \(missing)"), "\(arguments): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("typo").path), "\(arguments)")
        }
        let pages = folder.appendingPathComponent("pages")
        try LibraryProcess.writePages(1, to: pages)
        let imported = try LibraryProcess.run(["import", "--library", missing, pages.path], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try LibraryProcess.articleCount(library: missing, in: folder) == 1)
    }

    @Test func fileNamesWithControlCharactersArePrintedCleaned() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = folder.appendingPathComponent("pages")
        try LibraryProcess.writePages(1, to: pages)
        let page = try #require(FileManager.default.subpathsOfDirectory(atPath: pages.path).first { $0.hasSuffix(".txt") })
        let hostile = pages.appendingPathComponent("evil\u{1B}[2J\u{1B}]0;owned\u{07}\nname.txt")
        try FileManager.default.moveItem(at: pages.appendingPathComponent(page), to: hostile)
        try Data([0, 1, 2, 0xFF]).write(to: pages.appendingPathComponent("bad\u{1B}[31m.txt"))
        let library = folder.appendingPathComponent("library.sqlite").path
        let imported = try LibraryProcess.run(["import", "--library", library, pages.path], in: folder)
        let listed = try LibraryProcess.run(["list", "--library", library], in: folder)
        let shown = try LibraryProcess.run(["show", "1", "--library", library], in: folder)
        let json = try LibraryProcess.run(["show", "1", "--library", library, "--format", "json"], in: folder)
        #expect(imported.stderr.contains("bad"), "\(imported.stderr)")
        #expect(listed.stdout.contains("evil"), "\(listed.stdout)")
        #expect(shown.stdout.contains("evil"), "\(shown.stdout)")
        for output in [imported.stdout, imported.stderr, listed.stdout, shown.stdout, json.stdout] {
            #expect(!output.contains("\u{1B}") && !output.contains("\u{07}"), "\(output.debugDescription)")
        }
    }

    @Test func importFailureLinesReadFolioPathReason() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.txt")
        try Data([0, 1, 2, 0xFF]).write(to: bad)
        let missing = folder.appendingPathComponent("missing.txt").path
        let library = folder.appendingPathComponent("library.sqlite").path
        let result = try LibraryProcess.run(["import", "--library", library, bad.path, missing], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "imported 0, updated 0, unchanged 0, failed 2\n")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.contains { $0.hasPrefix("folio: \(bad.path): ") }, "\(lines)")
        #expect(lines.contains("folio: \(missing): no such file or folder"), "\(lines)")
    }

    @Test(arguments: ["remove", "mark"])
    func neitherIdsNorQuerySaysSo(_ command: String) throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appendingPathComponent("library.sqlite").path
        let result = try LibraryProcess.run([command, "--library", library] + (command == "mark" ? ["--read"] : []), in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("Neither article ids nor --query"), "\(result.stderr)")
    }

    @Test func listSortsOldestFirstWithDateAsc() throws {
        guard let (folder, library) = try importedLibrary(5) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        func dates(_ sort: String) throws -> [String] {
            let result = try LibraryProcess.run(["list", "--library", library, "--sort", sort, "--format", "tsv"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[1]) }
        }
        let ascending = try dates("date-asc")
        #expect(ascending.count == 5)
        #expect(ascending == ascending.sorted())
        #expect(try dates("date") == ascending.reversed())
    }
}
