import Foundation
import FilterQuery
import Testing
@testable import Store

@Suite struct LibraryImportTests {
    @Test func importingTheSameFolderTwiceChangesNothing() throws {
        let (library, folder) = try sampleLibrary()
        let again = try library.importFiles([folder.url], extract: testExtractor)
        #expect(again.imported == 0 && again.updated == 0 && again.failed == 0)
        #expect(again.unchanged == 5)
        #expect(try library.counts().total == 5)
    }

    @Test func anEditedFileUpdatesItsArticleAndKeepsMarks() throws {
        let folder = TemporaryFolder()
        let file = folder.write("x.txt", page("Old title", body: ["original words here"]))
        let library = try Library.inMemory()
        _ = try library.importFiles([folder.url], extract: testExtractor)
        let id = try #require(try library.summaries(matching: nil).first?.id)
        try library.setStarred(true, ids: [id])
        try library.setRead(true, ids: [id])

        try Data(page("New title", body: ["edited sentence"]).utf8).write(to: file)
        let summary = try library.importFiles([folder.url], extract: testExtractor)
        #expect(summary.updated == 1 && summary.imported == 0)

        let stored = try library.article(id: id)
        #expect(stored.article.title == "New title")
        #expect(stored.isStarred && stored.isRead)
        #expect(try library.ids(matching: try FilterQuery.root("edited")) == [id])
        #expect(try library.ids(matching: try FilterQuery.root("original")).isEmpty)
        #expect(try library.integrityProblems().isEmpty)
    }

    @Test func aFileEditedIntoACopyOfAnotherArticlePointsThereAndDropsItsOwn() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", page("Alpha", body: ["first text"]))
        let b = folder.write("b.txt", page("Beta", body: ["second text"]))
        let library = try Library.inMemory()
        _ = try library.importFiles([folder.url], extract: testExtractor)
        try Data(page("Alpha", body: ["first text"]).utf8).write(to: b)
        let summary = try library.importFiles([folder.url], extract: testExtractor)
        #expect(summary.updated == 1 && summary.unchanged == 1)
        #expect(try library.titles("") == ["Alpha"])
        #expect(try library.titles("second").isEmpty)
        #expect(try library.integrityProblems().isEmpty)
    }

    @Test func theSameArticleFromTwoPathsIsStoredOnce() throws {
        let folder = TemporaryFolder()
        let text = page("Twin", body: ["same body"])
        folder.write("one.txt", text)
        folder.write("two/copy.txt", text)
        let library = try Library.inMemory()
        let summary = try library.importFiles([folder.url], extract: testExtractor)
        #expect(summary.imported == 1 && summary.unchanged == 1)
        #expect(try library.counts().total == 1)
    }

    @Test func badFilesAreNamedAndTheRestImports() throws {
        let folder = TemporaryFolder()
        folder.write("good.txt", page("Good", body: ["fine"]))
        let bad = folder.write("bad.txt", "FAIL")
        folder.write("ignored.json", "{}")
        let missing = folder.url.appendingPathComponent("nope.txt")
        let library = try Library.inMemory()
        let summary = try library.importFiles([folder.url, missing], extract: testExtractor)
        #expect(summary.imported == 1 && summary.failed == 2)
        #expect(summary.failures.map(\.path).sorted() == [bad.standardizedFileURL.path, missing.path].sorted())
        #expect(summary.failures.allSatisfy { !$0.reason.isEmpty })
        #expect(summary.description == "imported 1, updated 0, unchanged 0, failed 2")
    }

    @Test func allFieldsSurviveTheRoundTrip() throws {
        let (library, folder) = try sampleLibrary()
        let id = try #require(try library.summaries(matching: try FilterQuery.root("title:resume")).first?.id)
        let stored = try library.article(id: id)
        #expect(stored.article.title == "Trade talks resume")
        #expect(stored.article.authors == ["Jane Doe"])
        #expect(stored.article.bodyText == ["China and the US resume trade talks.", "Trump comments."])
        #expect(stored.article.source.path == folder.url.appendingPathComponent("a.txt").standardizedFileURL.path)
        #expect(!stored.isRead && !stored.isStarred)
    }

    @Test func removedArticlesComeBackOnReimport() throws {
        let (library, folder) = try sampleLibrary()
        let ids = try library.ids(matching: try FilterQuery.root("weather"))
        #expect(try library.remove(ids: ids + [9999]) == 1)
        #expect(try library.counts().total == 4)
        #expect(throws: StoreError.noSuchArticle(id: ids[0])) { try library.article(id: ids[0]) }
        let summary = try library.importFiles([folder.url], extract: testExtractor)
        #expect(summary.imported == 1)
        #expect(try library.ids(matching: try FilterQuery.root("weather")).count == 1)
        #expect(try library.integrityProblems().isEmpty)
    }

    @Test func progressIsReportedPerBatch() throws {
        let folder = TemporaryFolder()
        for i in 0..<7 { folder.write("p\(i).txt", page("Page \(i)", body: ["body \(i)"])) }
        let library = try Library.inMemory()
        let seen = Counter()
        let summary = try library.importFiles([folder.url], batchSize: 3, extract: testExtractor) { _ in seen.increment() }
        #expect(summary.imported == 7)
        #expect(seen.value == 3)
        #expect(Library.countFiles([folder.url]) == 7)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
