import Foundation
import Testing

/// One hostile page in a folder does not hold up the import of the others.
@Suite struct HostilePageImportTests {
    @Test func aPageWithEightyThousandAttributesImportsAlongsideTheRest() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let story = (1...4).map { "<p>Paragraph \($0) says something about the harbour and the council, at an ordinary length.</p>" }.joined()
        let attributes = (0..<80_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        try Data("<html><body><article><h1>Hostile</h1>\(story)</article><div \(attributes)>x</div></body></html>".utf8)
            .write(to: pages.appendingPathComponent("hostile.html"))
        for i in 1...3 {
            try Data("<html><body><article><h1>Page \(i)</h1>\(story)<p>Page \(i).</p></article></body></html>".utf8)
                .write(to: pages.appendingPathComponent("page-\(i).html"))
        }
        let library = folder.appendingPathComponent("library.sqlite").path
        let result = try LibraryProcess.run(["import", "--library", library, pages.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "imported 4, updated 0, unchanged 0, failed 0\n")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
