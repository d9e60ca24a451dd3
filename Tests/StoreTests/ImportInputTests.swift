import Foundation
import Testing
@testable import Store

/// Which files an import reads from a folder, and which it refuses before reading.
@Suite struct ImportInputTests {
    @Test func aFolderWalkKeepsEveryPageExtensionPlainOrGzippedAndSkipsHiddenFiles() throws {
        let folder = TemporaryFolder()
        let kept = ["a.txt", "b.html", "c.htm", "d.xhtml", "e.txt.gz", "f.html.gz", "sub/g.XHTML.GZ", "sub/h.HTM"]
        let skipped = [".hidden.txt", ".git/objects/i.txt", "sub/.cache/j.html", "k.pdf", "l.gz", "m.tar.gz", "txt"]
        for name in kept + skipped { folder.write(name, page(name, body: [name])) }
        let found = Set(ImportInput(urls: [folder.url], extensions: Library.pageExtensions).map {
            String($0.path.dropFirst(folder.url.standardizedFileURL.path.count + 1))
        })
        #expect(found == Set(kept))
        #expect(Library.countFiles([folder.url]) == kept.count)
    }

    @Test func aFileOverTheSizeLimitIsANamedFailureAndTheRestImports() throws {
        let folder = TemporaryFolder()
        folder.write("small.txt", page("Small", body: ["short"]))
        let big = folder.write("big.txt", page("Big", body: [String(repeating: "word ", count: 400)]))
        let library = try Library.inMemory()
        let summary = try library.importFiles([folder.url], maximumFileBytes: 1000, extract: testExtractor)
        #expect(summary.imported == 1)
        #expect(summary.failed == 1)
        let failure = try #require(summary.failures.first)
        #expect(failure.path == big.standardizedFileURL.path)
        #expect(failure.reason.contains("too large"))
    }

    @Test func aMissingPathIsItsOwnCaseAndANamedFailure() throws {
        let folder = TemporaryFolder()
        let real = folder.write("a.txt", page("A", body: ["x"]))
        let missing = folder.url.appendingPathComponent("gone.txt")
        let items = Array(ImportInput(urls: [missing, real], extensions: Library.pageExtensions))
        #expect(items == [.missing(missing.path), .file(real.standardizedFileURL.path)])
        let summary = try Library.inMemory().importFiles([missing, real], extract: testExtractor)
        #expect(summary.imported == 1)
        #expect(summary.failures == [ImportFailure(path: missing.path, reason: "no such file or folder")])
    }
}

/// What an import walk says about folders it cannot walk, instead of passing over them.
@Suite struct ImportWalkTests {
    @Test func aNamedFolderWithNoPagesIsItsOwnItemAndANamedFailure() throws {
        let folder = TemporaryFolder()
        folder.write("sub/notes.pdf", "not a page")
        folder.write(".hidden/page.txt", page("Hidden", body: ["x"]))
        let path = folder.url.standardizedFileURL.path
        #expect(Array(ImportInput(urls: [folder.url], extensions: Library.pageExtensions)) == [.noPages(path)])
        let summary = try Library.inMemory().importFiles([folder.url], extract: testExtractor)
        #expect(summary.failed == 1)
        #expect(summary.failures.first?.reason.contains("no pages in this folder") == true)
    }

    @Test func aFolderThatCannotBeListedIsANamedFailureAndTheRestImports() throws {
        guard getuid() != 0 else { return }  // root lists any folder
        let folder = TemporaryFolder()
        folder.write("a.txt", page("A", body: ["x"]))
        let locked = folder.url.appendingPathComponent("locked")
        folder.write("locked/b.txt", page("B", body: ["y"]))
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o755) }
        let summary = try Library.inMemory().importFiles([folder.url], extract: testExtractor)
        #expect(summary.imported == 1)
        #expect(summary.failures.map(\.path) == [locked.standardizedFileURL.path])
    }

    @Test func aFIFONamedLikeAPageFailsWithoutBeingOpened() throws {
        let folder = TemporaryFolder()
        folder.write("a.txt", page("A", body: ["x"]))
        let fifo = folder.url.appendingPathComponent("pipe.html")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        // Opening the FIFO would wait for a writer: this test would never end.
        let summary = try Library.inMemory().importFiles([folder.url], extract: testExtractor)
        #expect(summary.imported == 1)
        #expect(summary.failures == [ImportFailure(path: fifo.standardizedFileURL.path, reason: "a FIFO, not a regular file; skipped")])
    }
}

@Suite struct ImportSummaryTests {
    @Test func mergingSummariesAddsEveryCountAndTheCPUBreakdown() {
        var total = ImportSummary()
        var batch = ImportSummary()
        batch.imported = 2
        batch.failed = 1
        batch.failures = [ImportFailure(path: "/x", reason: "empty")]
        batch.parseCPUSeconds = 0.5
        batch.writeCPUSeconds = 0.25
        total.merge(batch)
        total.merge(batch)
        #expect(total.processed == 6)
        #expect(total.failures.count == 2)
        #expect(total.parseCPUSeconds == 1.0)
        #expect(total.writeCPUSeconds == 0.5)
    }
}
