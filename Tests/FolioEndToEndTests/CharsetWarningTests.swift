import Foundation
import Testing

/// A page with a byte its declared charset does not allow: the binary keeps every paragraph,
/// names the file in one warning, and libxml2 prints nothing of its own.
@Suite struct CharsetWarningTests {
    /// Twelve Shift_JIS paragraphs ("日本" in each), one invalid byte in the sixth.
    private func writePage(in folder: URL) throws -> URL {
        var bytes = Array("<html><head><meta charset=\"shift_jis\"><title>T</title></head><body><article><h1>Head</h1>".utf8)
        for i in 1...12 {
            bytes += Array("<p>Paragraph \(i) of the story is about the harbour and the council, ".utf8)
            if i == 6 { bytes.append(0xFF) }
            bytes += Array("at an ordinary length: ".utf8) + [0x93, 0xFA, 0x96, 0x7B] + Array(".</p>\n".utf8)
        }
        bytes += Array("</article></body></html>\n".utf8)
        let url = folder.appendingPathComponent("shift-jis-page.html")
        try Data(bytes).write(to: url)
        return url
    }

    private func expectCleanWarning(_ stderr: String, naming path: String) {
        #expect(!stderr.contains("encoding error") && !stderr.contains("I/O error"), "\(stderr)")
        let warnings = stderr.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.count == 1, "\(stderr)")
        #expect(warnings.first?.hasPrefix("folio: \(path): warning: ") == true, "\(stderr)")
        #expect(warnings.first?.contains("shift_jis") == true, "\(stderr)")
    }

    @Test func extractKeepsEveryParagraphAndWarnsOnceNamingTheFile() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try writePage(in: folder)
        let result = try LibraryProcess.run(["extract", "--format", "text", page.path], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "日本").count - 1 == 12, "\(result.stdout)")
        #expect(result.stdout.contains("Paragraph 12 "))
        expectCleanWarning(result.stderr, naming: page.path)
    }

    @Test func importStoresEveryParagraphAndWarnsOnceNamingTheFile() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try writePage(in: folder)
        let library = folder.appendingPathComponent("library.sqlite").path
        let result = try LibraryProcess.run(["import", "--library", library, page.path], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "imported 1, updated 0, unchanged 0, failed 0\n")
        expectCleanWarning(result.stderr, naming: page.path)
        let shown = try LibraryProcess.run(["show", "--library", library, "1"], in: folder)
        #expect(shown.stdout.contains("Paragraph 12 "), "\(shown.stdout)")
    }
}
