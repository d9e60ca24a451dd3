import Foundation
import Testing

/// `folio extract` and `folio import` over folders as users keep them: odd names are reported,
/// never skipped in silence, and never printed raw.
@Suite struct OddFileNameTests {
    /// A workspace with one good page and `caf\xE9.txt` in `pages/`, or nil without a binary.
    private func pagesWithALatin1Name() throws -> (folder: URL, pages: URL)? {
        guard let folder = try LibraryProcess.workspace() else { return nil }
        let pages = folder.appendingPathComponent("pages")
        try LibraryProcess.writePages(1, to: pages)
        try LibraryProcess.writeLatin1Named(pages, "caf", ".txt", contents: "Café\n\nA page the walker cannot name in UTF-8.\n")
        return (folder, pages)
    }

    @Test func aPageWhoseNameIsNotUTF8IsReportedAndTheRestIsExtracted() throws {
        guard let (folder, pages) = try pagesWithALatin1Name() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        try LibraryProcess.writeLatin1Named(pages, "notes-caf", ".dat", contents: "not a page")

        let result = try LibraryProcess.run(["extract", pages.path], in: folder)

        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1, "\(result.stdout)")
        #expect(result.stderr.contains("caf\u{FFFD}.txt: the name is not UTF-8"), "\(result.stderr)")
        #expect(!result.stderr.contains("notes-caf"), "a file that is no page is not reported: \(result.stderr)")
    }

    @Test func importSaysWhyAPageWhoseNameIsNotUTF8CannotBeRead() throws {
        guard let (folder, pages) = try pagesWithALatin1Name() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appendingPathComponent("library.sqlite").path

        let result = try LibraryProcess.run(["import", "--library", library, pages.path], in: folder)

        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("imported 1"), "\(result.stdout)")
        #expect(result.stderr.contains("the name is not UTF-8"), "\(result.stderr)")
    }

    @Test func aFailingPageWithEscapesInItsNameIsReportedCleaned() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = folder.appendingPathComponent("evil\u{1B}[2J\u{1B}]0;owned\u{07}.txt")
        try Data([0, 1, 2, 0xFF]).write(to: hostile)

        let result = try LibraryProcess.run(["extract", hostile.path], in: folder)

        #expect(result.status == 1)
        #expect(result.stderr.contains("evil"), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"), "\(result.stderr.debugDescription)")
    }
}
