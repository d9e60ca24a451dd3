import FilterQuery
import Foundation
import GRDB
import Testing
@testable import Store

/// Rows written by another tool or version: whatever a column holds, reading never traps.
@Suite struct LibraryStoredValueTests {
    static let textColumns = [
        "title", "dek", "date", "dateText", "section", "authors", "byline", "bio", "credit", "body", "blockKinds",
        "sourcePath", "url", "site", "language", "noise",
    ]

    /// `CAST(x'ff41' AS BLOB)` is a BLOB that is not UTF-8; `AS TEXT` is TEXT holding the same invalid bytes.
    @Test("A BLOB or invalid UTF-8 in every text column is read with replacement characters, never a trap",
          arguments: ["BLOB", "TEXT"])
    func badBytesInTextColumnsAreReadWithReplacementCharacters(storage: String) throws {
        let (library, _) = try sampleLibrary()
        let id = try #require(try library.ids(matching: try FilterQuery.root("weather")).first)
        let assignments = Self.textColumns.map { "\($0) = CAST(x'ff41' AS \(storage))" }.joined(separator: ", ")
        try Self.rewrite(id, setting: assignments, in: library)

        let row = try #require(try library.summaries(matching: nil, limit: 10).first { $0.id == id })
        #expect(row.title == "\u{FFFD}A" && row.section == "\u{FFFD}A" && row.date == "\u{FFFD}A")
        #expect(row.source == "\u{FFFD}A")
        #expect(try library.summaries(matching: try FilterQuery.root("is:unread")).contains { $0.title == "\u{FFFD}A" })
        for sort in ArticleSort.allCases {
            _ = try library.summaries(matching: nil, sort: sort)
            #expect(try library.position(of: id, matching: nil, sort: sort) != nil)
        }
        let stored = try library.article(id: id)
        #expect(stored.article.title == "\u{FFFD}A")
        #expect(stored.article.source.path == "\u{FFFD}A" && stored.article.source.site == "\u{FFFD}A")
        #expect(stored.article.bodyText == ["\u{FFFD}A"])
        #expect(try library.setStarred(true, ids: [id]) == 1)
        #expect(try library.remove(ids: [id]) == 1)
        #expect(try library.counts().total == 4)
        #expect(try library.integrityProblems().isEmpty)
    }

    /// Changes article `id` the way another tool would, keeping the search index in step with
    /// what the row now holds.
    static func rewrite(_ id: Int64, setting assignments: String, in library: Library) throws {
        try library.writer.write { db in
            try db.execute(sql: """
                INSERT INTO articleSearch(articleSearch, rowid, title, dek, authors, body)
                SELECT 'delete', id, title, dek, authors, body FROM article WHERE id = ?;
                UPDATE article SET \(assignments) WHERE id = ?;
                INSERT INTO articleSearch(rowid, title, dek, authors, body) SELECT id, title, dek, authors, body FROM article WHERE id = ?;
                """, arguments: [id, id, id])
        }
    }

    @Test("Numbers that are not numbers in the time and hash columns read as zero, never a trap")
    func textInNumberColumnsReadsAsZero() throws {
        let (library, _) = try sampleLibrary()
        let id = try #require(try library.ids(matching: nil).first)
        try library.writer.write {
            try $0.execute(sql: """
                UPDATE article SET importedAt = 'when?', updatedAt = x'00', readAt = 'yes', contentHash = 'h' WHERE id = ?
                """, arguments: [id])
        }
        let stored = try library.article(id: id)
        #expect(stored.importedAt == Date(timeIntervalSince1970: 0))
        #expect(stored.readAt == nil)
    }

    @Test("Removing an article whose text another tool changed takes its search entry from the row itself")
    func removalReadsTheSearchValuesFromTheRow() throws {
        let (library, _) = try sampleLibrary()
        let id = try #require(try library.ids(matching: try FilterQuery.root("weather")).first)
        try Self.rewrite(id, setting: "title = CAST(x'ff41' AS BLOB)", in: library)
        #expect(try library.integrityProblems().isEmpty)
        #expect(try library.remove(ids: [id]) == 1)
        #expect(try library.integrityProblems().isEmpty)
    }

    // MARK: - Ids named twice or naming nothing

    @Test("An id named twice is marked and removed once, and missing ids are named once each in order")
    func duplicateAndMissingIDs() throws {
        let (library, _) = try sampleLibrary()
        let id = try #require(try library.ids(matching: nil).first)
        #expect(try library.setStarred(true, ids: [id, id, 99999]) == 1)
        #expect(try library.setRead(true, ids: [id, id]) == 1)
        #expect(try library.missing(ids: [99999, id, 5000, 99999]) == [99999, 5000])
        #expect(try library.remove(ids: [id, id, 99999]) == 1)
        #expect(try library.missing(ids: [id]) == [id])
    }
}
