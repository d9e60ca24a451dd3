import TestSupport
import FilterQuery
import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct LibrarySearchTests {
    @Test func everyFilterForm() throws {
        let (library, _) = try sampleLibrary()
        #expect(try library.titles("trade") == ["Trade talks resume", "Trade deal signed"])
        #expect(try library.titles("TRADE -trump") == ["Trade deal signed"])
        #expect(try library.titles("\"trade deal\"") == ["Trade deal signed"])
        #expect(try library.titles("\"deal trade\"").isEmpty)
        #expect(try library.titles("weather OR tariffs") == ["Weather report", "Tariffs and trading"])
        #expect(try library.titles("trad*") == ["Trade talks resume", "Trade deal signed", "Tariffs and trading"])
        #expect(try library.titles("title:tariffs") == ["Tariffs and trading"])
        #expect(try library.titles("author:doe") == ["Trade talks resume", "Tariffs and trading"])
        #expect(try library.titles("author:\"max roe\"") == ["Trade deal signed"])
        #expect(try library.titles("section:news") == ["Trade talks resume", "Weather report"])
        #expect(try library.titles("-section:news").count == 3)
        #expect(try library.titles("source:cio") == ["Trade talks resume"])
        #expect(try library.titles("source:sub/") == ["日本語の記事", "Tariffs and trading"])
        #expect(try library.titles("after:2016-12") == ["日本語の記事", "Trade talks resume"])
        #expect(try library.titles("before:2016-12") == ["Weather report"])
        #expect(try library.titles("on:2016-12") == ["Trade deal signed"])
        #expect(try library.titles("on:2017-01-09") == ["Trade talks resume"])
        #expect(try library.titles("-after:2016") == ["Trade deal signed", "Weather report", "Tariffs and trading"])
        #expect(try library.titles("(weather OR deal) section:news") == ["Weather report"])
        #expect(try library.titles("is:unread").count == 5)
        #expect(try library.titles("is:read or is:starred").isEmpty)
    }

    @Test func diacriticsAndCaseAreIgnored() throws {
        let (library, _) = try sampleLibrary()
        #expect(try library.titles("cafe") == ["Trade deal signed"])
        #expect(try library.titles("CAFÉ") == ["Trade deal signed"])
    }

    @Test func marksFilterAndCount() throws {
        let (library, _) = try sampleLibrary()
        let trade = try library.ids(matching: try FilterQuery.root("trade"))
        #expect(try library.setRead(true, ids: trade) == 2)
        #expect(try library.setStarred(true, ids: [trade[0], 12345]) == 1)
        #expect(try library.titles("is:read").count == 2)
        #expect(try library.titles("is:unread is:starred").isEmpty)
        #expect(try library.titles("is:starred") .count == 1)
        let counts = try library.counts(matching: try FilterQuery.root("trade OR weather"))
        // Unread and starred count within the filter: the two trade articles are read.
        #expect(counts == ArticleCounts(total: 5, unread: 1, starred: 1, matching: 3))
        #expect(try library.counts(matching: try FilterQuery.root("trade")) == ArticleCounts(total: 5, unread: 0, starred: 1, matching: 2))
        #expect(try library.counts(matching: try FilterQuery.root("nothingmatches")) == ArticleCounts(total: 5, unread: 0, starred: 0, matching: 0))
        try library.setRead(false, ids: trade)
        #expect(try library.counts().unread == 5)
    }

    @Test func markCountsAmongFullTextHitsReadTheNarrowMarksIndex() throws {
        let (library, _) = try sampleLibrary()
        for query in ["trade -trump", "trade section:news", "trade is:unread"] {
            let predicate = FilterSQL.predicate(try FilterQuery.root(query))
            let plan = try library.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Library.markCountsSQL(predicate),
                                 arguments: predicate.arguments).map { $0["detail"] as String }
            }
            #expect(plan.contains { $0.contains("article_marks") }, "\(query): \(plan)")
        }
    }

    @Test func anInterruptWithNoQueryRunningLeavesTheNextQueryAlone() throws {
        let (library, _) = try sampleLibrary()
        library.interrupt()
        #expect(try library.counts().total == 5)
        #expect(try library.count(matching: try FilterQuery.root("trade")) == 2)
    }

    @Test func theListShowsAFilesNameAsFoundationWould() {
        for path in ["/tmp/c100k/009/009585_8295f.txt", "a.txt", "dir/", "/a/b.txt//", "/", "", "日本/記事.txt", "/x/.hidden"] {
            #expect(Library.fileName(path) == (path as NSString).lastPathComponent, "\(path.debugDescription)")
        }
    }

    @Test func sortsAndPages() throws {
        let (library, _) = try sampleLibrary()
        #expect(try library.titles("", sort: .dateAscending)
            == ["Tariffs and trading", "Weather report", "Trade deal signed", "Trade talks resume", "日本語の記事"])
        #expect(try library.titles("", sort: .title).first == "Tariffs and trading")
        let all = try library.summaries(matching: nil, sort: .imported, limit: 10)
        #expect(all.map(\.id) == all.map(\.id).sorted(by: >))
        let page = try library.summaries(matching: nil, offset: 1, limit: 2)
        #expect(page.map(\.title) == ["Trade talks resume", "Trade deal signed"])
        #expect(all.first { $0.title == "Trade talks resume" }?.source == "CIO")
        #expect(all.first { $0.title == "Weather report" }?.source == "c.txt")
    }

    @Test func punctuationOnlyTermsMatchEverythingAndInjectionIsJustText() throws {
        let (library, _) = try sampleLibrary()
        #expect(try library.titles("'; DROP TABLE article; --").isEmpty)
        #expect(try library.titles("';").count == 5)
        #expect(try library.titles("-';").isEmpty)
        #expect(try library.counts().total == 5)
        #expect(try library.titles("\"a\"\"b\" OR title:\"x\"\"\"").isEmpty)
    }

    /// Regression (found by the property test below, seed 42): FTS5 reads a NUL in the MATCH
    /// string as its end and failed with "unterminated string".
    @Test func controlCharactersInATermAreSpaces() throws {
        let (library, _) = try sampleLibrary()
        #expect(try library.titles("}\u{0}中").isEmpty)
        #expect(try library.titles("trade\u{0}talks") == ["Trade talks resume"])
        #expect(try library.titles("section:\u{0}news").isEmpty)
    }

    /// Random queries either fail to parse (a typed error) or run; SQLite never rejects them.
    @Test func randomQueriesNeverProduceDatabaseErrors() throws {
        let (library, _) = try sampleLibrary()
        let pieces = ["trade", "-", "(", ")", "\"", "OR", "AND", "*", "title:", "author:", "section:", "source:",
                      "is:read", "is:starred", "after:2016", "on:2017-01", "'", ";", "%", "_", "\\", "NOT", "NEAR",
                      "{", "}", "^", "+", ":", "DROP", "中", "é", "0x", "--", "/*", "\u{0}"]
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                text += pieces.randomElement(using: &rng)! + (Bool.random(using: &rng) ? " " : "")
            }
            guard let query = try? FilterQuery(text) else { continue }
            do {
                _ = try library.summaries(matching: query.root, limit: 5)
                _ = try library.counts(matching: query.root)
            } catch {
                Issue.record("query \(text.debugDescription): \(error)")
            }
        }
        #expect(try library.counts().total == 5)
    }
}

@Suite struct LibraryFrequentTermTests {
    /// Over ``Library/frequentHits`` hits the page is served by walking the date index; the
    /// result must be the same as looking every hit up.
    @Test func aFrequentTermStillGivesTheNewestMatchesInOrder() throws {
        let folder = TemporaryFolder()
        let count = Library.frequentHits + 200
        for i in 0..<count {
            let day = String(format: "20%02d-%02d-%02d", 10 + i % 8, i % 12 + 1, i % 28 + 1)
            let extra = i % 3 == 0 ? "rare" : "plain"
            folder.write("p\(i).txt", page("Common \(i)", date: day, body: ["common words \(extra) number \(i)"]))
        }
        let library = try Library.inMemory()
        #expect(try library.importFiles([folder.url], extract: testExtractor).imported == count)

        let query = try FilterQuery.root("common -rare")
        let page = try library.summaries(matching: query, limit: 50)
        let all = try library.ids(matching: query).map { try library.article(id: $0) }
        let expected = all.sorted { ($0.article.date ?? "", $0.id) > ($1.article.date ?? "", $1.id) }.prefix(50)
        #expect(page.map(\.id) == expected.map(\.id))
        #expect(try library.counts(matching: query).matching == all.count)
        #expect(try library.counts(matching: try FilterQuery.root("common")).matching == count)
        #expect(try library.counts(matching: try FilterQuery.root("common is:unread")).matching == count)
        #expect(try library.count(matching: query) == all.count)
        #expect(try library.count(matching: try FilterQuery.root("common")) == count)

        // The reader's first page of a frequent full-text filter: the same rows and total.
        for text in ["common", "common -nowhere", "words OR rare", "number"] {
            let filter = try FilterQuery.root(text)
            for sort in ArticleSort.allCases {
                let page = try #require(try library.firstPage(matching: filter, sort: sort, limit: 44), "\(text) \(sort)")
                #expect(page.summaries == (try library.summaries(matching: filter, sort: sort, limit: 44)), "\(text) \(sort)")
                #expect(page.total == (try library.count(matching: filter)), "\(text) \(sort)")
            }
        }
        // Other filters, and full-text ones with few hits, are left to summaries and count.
        for text in ["rare", "common -rare", "common is:unread", "section:x", ""] {
            #expect(try library.firstPage(matching: try FilterQuery.root(text), limit: 44) == nil, "\(text)")
        }
    }
}
