import Foundation
import Testing
@testable import Extraction

/// Golden tests: each `Fixtures/html-*.html` page, written to imitate a real layout, has its
/// expected article next to it in `html-*.expected.json`, compared field by field.
///
/// `RECORD_GOLDENS=1 swift test --filter HTMLFixtureTests` rewrites the expected files and
/// still fails, so a person reviews the diff before committing it.
@Suite struct HTMLFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let pages = [
        "html-news-with-sidebar-and-related.html",
        "html-blog-with-comments.html",
        "html-jsonld-only.html",
        "html-paginated-article.html",
        "html-non-english-latin1.html",
        "html-news-gzipped.html.gz",
        "html-script-rendered-jsonld-body.html",
    ]

    @Test(arguments: pages)
    func fixtureMatchesItsGoldenArticle(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
        let article = try PageExtractor.extract(bytes, path: name).article
        let goldenURL = Self.fixtures.appendingPathComponent(Self.goldenName(name))
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(article).write(to: goldenURL)
            Issue.record("recorded \(goldenURL.lastPathComponent); review the diff, then run again without RECORD_GOLDENS")
            return
        }
        let expected = try JSONDecoder().decode(Article.self, from: Data(contentsOf: goldenURL))
        #expect(article.title == expected.title)
        #expect(article.dek == expected.dek)
        #expect(article.date == expected.date)
        #expect(article.dateText == expected.dateText)
        #expect(article.section == expected.section)
        #expect(article.authors == expected.authors)
        #expect(article.byline == expected.byline)
        #expect(article.credit == expected.credit)
        #expect(article.language == expected.language)
        #expect(article.source == expected.source)
        #expect(article.body.count == expected.body.count)
        for (index, (got, want)) in zip(article.body, expected.body).enumerated() {
            #expect(got == want, "block \(index)")
        }
    }

    static func goldenName(_ page: String) -> String {
        let base = page.hasSuffix(".gz") ? String(page.dropLast(3)) : page
        return String(base.dropLast(".html".count)) + ".expected.json"
    }

    @Test func sidebarsRelatedRailsAndNewslettersStayOutOfTheBody() throws {
        let article = try extractFixture("html-news-with-sidebar-and-related.html")
        let text = article.bodyText.joined(separator: "\n")
        #expect(text.contains("The harbour bridge reopened"))
        for furniture in ["Most read", "Related", "Sign up for our free newsletter", "Share on Facebook", "Advertisement", "cookies", "All rights reserved"] {
            #expect(!text.contains(furniture), "\(furniture) leaked into the body")
        }
    }

    @Test func commentsAreNotArticle() throws {
        let article = try extractFixture("html-blog-with-comments.html")
        let text = article.bodyText.joined(separator: "\n")
        #expect(text.contains("Bake in a hot covered pot"))
        #expect(!text.contains("wholemeal"))
        #expect(!text.contains("Leave a Reply"))
    }

    @Test func blockKindsFollowTheMarkup() throws {
        let kinds = Set(try extractFixture("html-news-with-sidebar-and-related.html").body.map(\.kind))
        #expect(kinds == [.paragraph, .heading, .quote, .listItem])
        let blog = try extractFixture("html-blog-with-comments.html")
        #expect(blog.body.contains { $0.kind == .preformatted && $0.text.hasPrefix("Day 1, 20:00") })
    }

    private func extractFixture(_ name: String) throws -> Article {
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
        return try PageExtractor.extract(bytes, path: name).article
    }
}
