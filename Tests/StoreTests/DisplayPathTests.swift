import Foundation
import Testing
@testable import Store

/// File names are user data too: shown cleaned, stored raw.
@Suite struct DisplayPathTests {
    static let hostileName = "evil\u{1B}]0;owned\u{07}\u{1B}[31mred\nline.txt"

    @Test func theSourceColumnShowsACleanedFileNameAndTheLibraryKeepsTheRawPath() throws {
        let folder = TemporaryFolder()
        let file = folder.write(Self.hostileName, page("Hostile name", body: ["Body."]))
        let library = try Library.inMemory()
        #expect(try library.importFiles([file], extract: testExtractor).imported == 1)
        let summary = try #require(try library.summaries(matching: nil).first)
        let source = try #require(summary.source)
        #expect(!source.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(source.debugDescription)")
        #expect(source.hasPrefix("evil") && source.hasSuffix("line.txt"))
        #expect(try library.article(id: summary.id).article.source.path == file.path)
    }

    @Test func failuresAndErrorsPrintCleanedPaths() {
        let failure = ImportFailure(path: "/p/" + Self.hostileName, reason: "no article\u{1B}[2J")
        let errors = [failure.description, StoreError.noLibrary(path: "/p/" + Self.hostileName).description]
        for text in errors {
            #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(text.debugDescription)")
        }
    }
}
