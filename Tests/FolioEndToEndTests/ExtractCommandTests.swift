#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// `folio extract` over folders as users keep them: odd names are reported, never skipped in
/// silence, and never printed raw.
@Suite struct ExtractCommandTests {
    /// Creates a file whose name is `prefix`, the byte 0xE9 (Latin-1 "é", not UTF-8), then `suffix`.
    private func writeLatin1Named(_ folder: URL, _ prefix: String, _ suffix: String, contents: String) throws {
        let name = Array((folder.path + "/" + prefix).utf8) + [0xE9] + Array(suffix.utf8) + [0]
        let fd = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        }
        try #require(fd >= 0, "could not create the file: errno \(errno)")
        let bytes = Array(contents.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func aPageWhoseNameIsNotUTF8IsReportedAndTheRestIsExtracted() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = folder.appendingPathComponent("pages")
        try LibraryProcess.writePages(1, to: pages)
        try writeLatin1Named(pages, "caf", ".txt", contents: "Café\n\nA page the walker cannot name in UTF-8.\n")
        try writeLatin1Named(pages, "notes-caf", ".dat", contents: "not a page")

        let result = try LibraryProcess.run(["extract", pages.path], in: folder)

        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1, "\(result.stdout)")
        #expect(result.stderr.contains("caf\u{FFFD}.txt: the name is not UTF-8"), "\(result.stderr)")
        #expect(!result.stderr.contains("notes-caf"), "a file that is no page is not reported: \(result.stderr)")
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
