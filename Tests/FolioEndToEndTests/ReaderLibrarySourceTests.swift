import Extraction
import FilterQuery
import Foundation
import ReaderCore
import Store
import Testing
@testable import folio

/// The reader's view of the library: windows, anchors and counts, on the fixture pages.
@Suite struct ReaderLibrarySourceTests {
    /// The five dated fixture pages (the top level of `Fixtures/`), or those plus more folders.
    private func fixtureLibrary(adding folders: [String] = []) throws -> Library {
        let library = try Library.inMemory()
        let pages = try FileManager.default.contentsOfDirectory(atPath: ReaderProcess.fixtures.path)
            .filter { $0.hasSuffix(".txt") }.map { ReaderProcess.fixtures.appendingPathComponent($0) }
        let extra = folders.map { ReaderProcess.fixtures.appendingPathComponent($0, isDirectory: true) }
        _ = try library.importFiles(pages + extra) { bytes, path in
            try PageExtractor.extract(bytes, path: path).article
        }
        return library
    }

    @Test func windowsPastTheMiddleMatchTheStraightOrder() throws {
        let library = try fixtureLibrary()
        let source = LibraryReaderSource(library: library)
        for sort in [Sort.dateDescending, .dateAscending] {
            for offset in 0..<5 {
                let window = try source.rows(RowQuery(filter: "", sort: sort, offset: offset, limit: 2))
                let expected = try library.summaries(
                    matching: nil, sort: LibraryReaderSource.articleSort(sort), offset: offset, limit: 2)
                #expect(window.rows.map(\.id) == expected.map(\.id), "\(sort) at \(offset)")
                #expect(window.total == 5)
                #expect(window.offset == offset)
            }
        }
    }

    @Test func anAnchoredWindowHoldsTheAnchor() throws {
        let library = try fixtureLibrary()
        let source = LibraryReaderSource(library: library)
        let all = try library.summaries(matching: nil, sort: .title, offset: 0, limit: 10)
        let anchor = all[3].id
        let window = try source.rows(RowQuery(filter: "", sort: .title, offset: 0, limit: 2, anchor: anchor))
        #expect(window.rows.contains { $0.id == anchor })
        #expect(window.offset + window.rows.firstIndex { $0.id == anchor }! == 3)
    }

    @Test func aFilterThatDoesNotParseIsRejectedWithItsZeroBasedColumn() throws {
        let source = LibraryReaderSource(library: try fixtureLibrary())
        let text = "frost is:nonsense"
        var parserColumn = 0
        do { _ = try FilterQuery(text) } catch { parserColumn = error.column }
        #expect(parserColumn > 1)
        #expect {
            try source.rows(RowQuery(filter: text, sort: .dateDescending, offset: 0, limit: 10))
        } throws: { error in
            guard case ReaderLibraryError.badFilter(_, let column) = error else { return false }
            return column == parserColumn - 1
        }
    }

    @Test func aStarIsWrittenAtOnceAndCountedByTheNextLoad() throws {
        let library = try fixtureLibrary()
        let source = LibraryReaderSource(library: library)
        let first = try source.rows(RowQuery(filter: "is:starred", sort: .dateDescending, offset: 0, limit: 10))
        #expect(first.total == 0)
        let id = try library.summaries(matching: nil, limit: 1)[0].id
        try source.setStarred(id: id, true)
        #expect(try library.article(id: id).isStarred)
        let second = try source.rows(RowQuery(filter: "is:starred", sort: .dateDescending, offset: 0, limit: 10))
        #expect(second.total == 1 && second.rows.first?.id == id)
        #expect(try source.counts(filter: "").starred == 1)
    }

    @Test func aFiltersCountsHoldItsOwnUnreadAndStarredArticlesThroughMarks() throws {
        let library = try fixtureLibrary()
        let source = LibraryReaderSource(library: library)
        let shown = try source.rows(RowQuery(filter: "frost", sort: .dateDescending, offset: 0, limit: 10))
        #expect(shown.total >= 1 && shown.total < 5)
        let before = try source.counts(filter: "frost")
        #expect(before == ReaderCore.LibraryCounts(total: shown.total, unread: shown.total, starred: 0))

        let id = try #require(shown.rows.first?.id)
        try source.setStarred(id: id, true)
        try source.setRead(id: id, true)
        let after = try source.counts(filter: "frost")
        #expect(after == ReaderCore.LibraryCounts(total: shown.total, unread: shown.total - 1, starred: 1))
        let fresh = try library.counts(matching: try FilterQuery("frost").root)
        #expect(after.unread == fresh.unread && after.starred == fresh.starred)
        #expect(try source.counts(filter: "") == ReaderCore.LibraryCounts(total: 5, unread: 4, starred: 1))
    }
}

extension ReaderLibrarySourceTests {
    @Test func theRowsAroundTheSelectionAreASliceOfTheWholeWindow() throws {
        let library = try fixtureLibrary()
        let source = LibraryReaderSource(library: library)
        let query = RowQuery(filter: "", sort: .dateDescending, offset: 0, limit: 200)
        let whole = try source.rows(query)
        let slice = try source.rows(query, around: 3, radius: 1)
        #expect(slice.total == whole.total)
        #expect(slice.rows.count == 2)
        #expect(slice.rows.map(\.id) == Array(whole.rows[slice.offset..<slice.offset + 2]).map(\.id))
        #expect((slice.offset..<slice.offset + slice.rows.count).contains(3))
    }

    /// A new filter's first screenful is one page from the top; when it is full, the window still
    /// carries the number of matches (counted apart from the unread and starred among them).
    @Test func aFullFirstPageStillCarriesTheWholeCount() throws {
        let source = LibraryReaderSource(library: try fixtureLibrary())
        let top = try source.rows(RowQuery(filter: "", sort: .dateDescending, offset: 0, limit: 200), around: 0, radius: 1)
        #expect(top.offset == 0 && top.rows.count == 3)
        #expect(top.total == 5)
        let few = try source.rows(RowQuery(filter: "frost", sort: .dateDescending, offset: 0, limit: 200), around: 0, radius: 8)
        #expect(few.total == few.rows.count)
    }
}

extension ReaderLibrarySourceTests {
    @Test(arguments: [ArticleSort.dateDescending, .dateAscending, .title, .imported])
    func everyArticlesPositionIsItsIndexInTheList(sort: ArticleSort) throws {
        let library = try fixtureLibrary()
        let list = try library.summaries(matching: nil, sort: sort, offset: 0, limit: 100)
        for (index, summary) in list.enumerated() {
            #expect(try library.position(of: summary.id, matching: nil, sort: sort) == index, "\(summary.title)")
        }
        let filter = try FilterQuery("frost").root
        #expect(try library.position(of: list.first { !$0.title.contains("frost") }!.id, matching: filter, sort: sort) == nil)
    }

    /// Undated pages sort last (newest first) or first (oldest first).
    @Test(arguments: [ArticleSort.dateDescending, .dateAscending])
    func undatedArticlesArePlacedAsTheListPlacesThem(sort: ArticleSort) throws {
        let library = try fixtureLibrary(adding: ["undated"])
        let list = try library.summaries(matching: nil, sort: sort, offset: 0, limit: 1000)
        try #require(list.filter { $0.date == nil }.count == 2, "the undated fixtures should stay undated")
        for (index, summary) in list.enumerated() {
            #expect(try library.position(of: summary.id, matching: nil, sort: sort) == index, "\(summary.title)")
        }
    }
}

extension ReaderLibrarySourceTests {
    @Test func cachedCountsFollowMarksMadeThroughTheReader() throws {
        let library = try fixtureLibrary()
        let source = LibraryReaderSource(library: library)
        _ = try source.rows(RowQuery(filter: "", sort: .dateDescending, offset: 0, limit: 10))
        _ = try source.rows(RowQuery(filter: "is:unread", sort: .dateDescending, offset: 0, limit: 10))
        let ids = try library.summaries(matching: nil, limit: 2).map(\.id)
        try source.setRead(id: ids[0], true)
        try source.setStarred(id: ids[1], true)
        #expect(try source.counts(filter: "") == ReaderCore.LibraryCounts(total: 5, unread: 4, starred: 1))
        #expect(try source.counts(filter: "is:unread").total == 4)
        let truth = try library.counts(matching: nil)
        #expect(truth.unread == 4 && truth.starred == 1)
    }
}
