import FilterQuery
import TestSupport
import Testing
@testable import Store

/// Filters are user text: whatever they hold, they reach SQLite only as the syntax tree's
/// quoted terms and bound values, so SQLite never rejects one and never changes the library.
@Suite struct LibraryHostileFilterTests {
    @Test("A quote followed by a combining mark is a quote, so the rest is never FTS5 syntax")
    func quoteWithCombiningMark() throws {
        let (library, _) = try sampleLibrary()
        // Once `"\u{301}` was one character and no quote: `+` joined phrases and `title:` named a column.
        #expect(try library.titles("trade\"\u{301}+\"\u{301}talks") == ["Trade talks resume"])
        // `title:` inside the phrase is a word now, which no article holds.
        #expect(try library.titles("trade\"\u{301}title:\"\u{301}talks").isEmpty)
    }

    @Test("A term holding a quote and a combining mark is quoted scalar by scalar")
    func quotingWorksOnScalars() {
        #expect(FilterSQL.quoted("a\"\u{301}b") == "\"a\"\"\u{301}b\"")
        #expect(FilterSQL.quoted("x\u{0}y") == "\"x y\"")
    }

    @Test("A percent sign followed by a combining mark is literal in a section or source filter")
    func likeEscapesWorkOnScalars() throws {
        let predicate = FilterSQL.predicate(try FilterQuery.root("section:%\u{301}_"))
        #expect(predicate.arguments == ["%\\%\u{301}\\_%"])
    }

    @Test("Two hundred negated words are one flat FTS5 expression, not two hundred nested ones")
    func manyNegations() throws {
        let (library, _) = try sampleLibrary()
        let negations = (1...200).map { "-zz\($0)" }.joined(separator: " ")
        #expect(try library.titles("trade talks " + negations) == ["Trade talks resume"])
        #expect(try library.titles("is:unread " + negations).count == 5)
        #expect(try library.titles("(trade OR weather) " + negations).count == 3)
    }

    @Test("The deepest filter the language accepts runs, whatever it nests")
    func deepestFilterRuns() throws {
        let (library, _) = try sampleLibrary()
        let depth = FilterQuery.Limits.maximumDepth
        let shapes: [(open: String, close: String, leaf: String)] = [
            ("is:read OR is:unread -(", ")", "trade"),
            ("trade OR talks -(", ")", "trade"),
            ("source:x OR section:news -(", ")", "after:2016 trade*"),
            ("-(", " OR is:read)", "title:trade"),
            ("(is:starred OR ", ")", "-source:cio"),
            ("is:read -(source:a OR is:read ", ")", "-trade"),
            ("trade -(talks OR is:read ", ")", "-deal"),
        ]
        for shape in shapes {
            let text = String(repeating: shape.open, count: depth) + shape.leaf
                + String(repeating: shape.close, count: depth)
            let query = try FilterQuery(text)
            do {
                _ = try library.summaries(matching: query.root, limit: 5)
                _ = try library.counts(matching: query.root)
            } catch {
                Issue.record("\(shape.open): \(error)")
            }
        }
    }

    @Test("An SQL error from a filter is reported in Folio's words, never SQLite's")
    func sqlErrorsAreFolios() throws {
        let (library, _) = try sampleLibrary()
        #expect(throws: StoreError.filterNotSearchable) {
            try library.search { db in try db.execute(sql: "SELECT * FROM articleSearch WHERE articleSearch MATCH '\"a'") }
        }
        #expect(!StoreError.filterNotSearchable.description.lowercased().contains("sql"))
    }

    @Test("Random filters of quotes, marks, FTS5 and SQL syntax never reach SQLite as syntax nor change the library")
    func randomHostileFilters() throws {
        let (library, _) = try sampleLibrary()
        _ = try library.setRead(true, ids: [1])
        _ = try library.setStarred(true, ids: [2])
        let before = try snapshot(library)
        var rng = SeededGenerator(seed: 10_08)
        var ran = 0
        for _ in 0..<2000 {
            let text = hostileQuery(&rng)
            guard let query = try? FilterQuery(text) else { continue }
            ran += 1
            do {
                let page = try library.summaries(matching: query.root, sort: .title, limit: 5)
                _ = try library.counts(matching: query.root)
                _ = try library.count(matching: query.root)
                _ = try library.ids(matching: query.root)
                _ = try library.firstPage(matching: query.root, limit: 5)
                if let first = page.first { _ = try library.position(of: first.id, matching: query.root, sort: .title) }
            } catch {
                Issue.record("query \(text.debugDescription): \(error)")
            }
        }
        #expect(ran > 500)
        #expect(try snapshot(library) == before)
    }

    /// Everything a filter could change: each article as stored, and what the index finds.
    private func snapshot(_ library: Library) throws -> [String] {
        let all = try library.summaries(matching: nil, sort: .imported, limit: 100)
        let articles = try all.map { String(describing: try library.article(id: $0.id)) }
        return articles + (try library.titles("trade")) + ["\(try library.counts())"]
    }
}

/// Pieces of the filter language, FTS5's and SQL's syntax, and marks that combine with them.
private let hostilePieces = [
    "trade", "talks", "\"", "\u{301}", "\u{308}", "\u{20DD}", "NEAR", "NEAR(", "NEAR/2", "^", "+", "{title}:",
    "{body dek}:", "title:", "author:", "section:", "source:", "body:", "*", "(", ")", "OR", "AND", "NOT", "-",
    "'; DROP TABLE article; --", "'); DELETE FROM article; --", "\"\"", "%", "_", "\\", ":", ";", "/*", "*/",
    "is:read", "is:starred", "after:2016", "before:2017-02", "on:2017-01-09", "中", "é", "\u{0}", "\u{1B}[2J",
    "\u{202E}", "\u{FEFF}", "rowid", "articleSearch", "MATCH", "*:", "0x", "NULL", "'", "`",
]

private func hostileQuery(_ rng: inout SeededGenerator) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 1...10, using: &rng) {
        text += hostilePieces.randomElement(using: &rng)!
        if Int.random(in: 0..<3, using: &rng) == 0 { text += " " }
    }
    return text
}
