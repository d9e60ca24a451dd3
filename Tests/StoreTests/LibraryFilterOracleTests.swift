import TestSupport
import Extraction
import FilterQuery
import Foundation
import Testing
@testable import Store

/// Random filters over a random library must select exactly what a plain Swift evaluator
/// selects: this checks the SQL and FTS5 compilation (merged MATCH expressions, NOT, OR,
/// NULL fields) against an independent reading of the language.
@Suite struct LibraryFilterOracleTests {
    static let words = ["trade", "trump", "china", "market", "tariff", "deal", "cafe", "news", "x1", "don't"]

    @Test func randomFiltersSelectWhatTheOracleSelects() throws {
        var rng = SeededGenerator(seed: 7)
        let folder = TemporaryFolder()
        for i in 0..<60 {
            let body = (0..<Int.random(in: 1...3, using: &rng)).map { _ in randomText(&rng, count: 6) }
            folder.write("a\(i).txt", page(
                randomText(&rng, count: 3) + " \(i)",
                date: Bool.random(using: &rng) ? String(format: "201%d-%02d-15", Int.random(in: 5...8, using: &rng),
                                                        Int.random(in: 1...12, using: &rng)) : nil,
                section: ["News", "World News", "Opinion", nil].randomElement(using: &rng)!,
                author: Bool.random(using: &rng) ? "Jane " + Self.words.randomElement(using: &rng)! : nil,
                site: ["CIO", "example.com", nil].randomElement(using: &rng)!,
                body: body))
        }
        let library = try Library.inMemory()
        #expect(try library.importFiles([folder.url], extract: testExtractor).imported == 60)
        let all = try library.ids(matching: nil).map { try library.article(id: $0) }
        try library.setRead(true, ids: all.filter { $0.id % 3 == 0 }.map(\.id))
        try library.setStarred(true, ids: all.filter { $0.id % 4 == 1 }.map(\.id))
        let stored = try all.map { try library.article(id: $0.id) }

        var checked = 0
        for _ in 0..<400 {
            let text = randomQuery(&rng, depth: 0)
            guard let query = try? FilterQuery(text) else { continue }
            checked += 1
            let expected = stored.filter { Oracle.matches(query.root, $0) }.map(\.id).sorted()
            let actual = try library.ids(matching: query.root)
            #expect(actual == expected, "query \(text.debugDescription)")
            let counts = try library.counts(matching: query.root)
            let matched = stored.filter { Oracle.matches(query.root, $0) }
            #expect(counts.matching == expected.count, "count \(text.debugDescription)")
            #expect(try library.count(matching: query.root) == expected.count, "count alone \(text.debugDescription)")
            #expect(counts.unread == matched.filter { !$0.isRead }.count, "unread \(text.debugDescription)")
            #expect(counts.starred == matched.filter(\.isStarred).count, "starred \(text.debugDescription)")
        }
        #expect(checked > 300)
    }

    private func randomText(_ rng: inout SeededGenerator, count: Int) -> String {
        (0..<count).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ")
    }

    private func randomQuery(_ rng: inout SeededGenerator, depth: Int) -> String {
        let roll = Int.random(in: 0..<(depth < 3 ? 14 : 9), using: &rng)
        let word = Self.words.randomElement(using: &rng)!
        switch roll {
        case 0, 1: return word
        case 2: return "\"\(word) \(Self.words.randomElement(using: &rng)!)\""
        case 3: return String(word.prefix(3)) + "*"
        case 4: return ["title:", "author:"].randomElement(using: &rng)! + word
        case 5: return ["section:news", "section:\"world news\"", "source:cio", "source:a4", "section:x"].randomElement(using: &rng)!
        case 6: return ["is:unread", "is:read", "is:starred"].randomElement(using: &rng)!
        case 7: return ["after:", "before:", "on:"].randomElement(using: &rng)! + ["2016", "2017-06", "2016-02-15", "2015"].randomElement(using: &rng)!
        case 8: return ["'", "--", "\"\""].randomElement(using: &rng)!
        case 9: return "-" + randomQuery(&rng, depth: depth + 1)
        case 10, 11: return randomQuery(&rng, depth: depth + 1) + " " + randomQuery(&rng, depth: depth + 1)
        case 12: return randomQuery(&rng, depth: depth + 1) + " OR " + randomQuery(&rng, depth: depth + 1)
        default: return "(" + randomQuery(&rng, depth: depth + 1) + ")"
        }
    }
}

/// The filter language read directly over stored articles, without SQL.
enum Oracle {
    static func matches(_ node: FilterNode?, _ stored: StoredArticle) -> Bool {
        guard let node else { return true }
        let a = stored.article
        switch node.kind {
        case let .all(children): return children.allSatisfy { matches($0, stored) }
        case let .any(children): return children.contains { matches($0, stored) }
        case let .not(child): return !matches(child, stored)
        case let .text(term):
            let wanted = tokens(term.text)
            if wanted.isEmpty { return true }
            let columns: [String] = switch term.field {
            case .any: [a.title, a.dek ?? "", a.authors.joined(separator: "\n"), a.bodyText.joined(separator: "\n")]
            case .title: [a.title]
            case .author: [a.authors.joined(separator: "\n")]
            }
            return columns.contains { contains(tokens($0), wanted, prefix: term.isPrefix) }
        case let .section(value):
            return value.isEmpty || (a.section?.lowercased().contains(value.lowercased()) ?? false)
        case let .source(value):
            let fields = [a.source.site, a.source.url, a.source.path].compactMap { $0?.lowercased() }
            return value.isEmpty || fields.contains { $0.contains(value.lowercased()) }
        case let .status(status):
            switch status {
            case .unread: return !stored.isRead
            case .read: return stored.isRead
            case .starred: return stored.isStarred
            }
        case let .date(bound, date):
            guard let day = a.date else { return false }
            switch bound {
            case .after: return day > date.lastDay
            case .before: return day < date.firstDay
            case .on: return day >= date.firstDay && day <= date.lastDay
            }
        }
    }

    /// ASCII tokens as unicode61 makes them for this test's vocabulary: lowercased letters and digits.
    static func tokens(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    static func contains(_ haystack: [String], _ needle: [String], prefix: Bool) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) {
            let ok = needle.indices.allSatisfy { i in
                let token = haystack[start + i]
                return prefix && i == needle.count - 1 ? token.hasPrefix(needle[i]) : token == needle[i]
            }
            if ok { return true }
        }
        return false
    }
}
