import Foundation
import Testing
@testable import Extraction

/// One fixture page per failure class seen on pages the extractor was never tuned on
/// (issue 11): each states what a reader sees at once and the extractor once missed.
@Suite struct HTMLFailureClassTests {
    private func article(_ name: String) throws -> Article {
        try PageExtractor.extract(Fixture.bytes(name), path: name).article
    }

    private func extract(_ html: String) throws(ExtractionError) -> Article {
        try PageExtractor.extract(Array(html.utf8), path: "page.html").article
    }

    @Test("A blog post outweighed by comments that carry no comment class names gives the post alone")
    func postOutweighedByUnnamedComments() throws {
        let body = try article("html-blog-post-outweighed-by-unnamed-comments.html").bodyText
        #expect(body == [
            "A hairline crack in a terracotta pot is not the end of it. Clay breathes, and a good repair keeps that, so skip the superglue and reach for a two-part epoxy made for stone.",
            "Clean both edges with a stiff brush, let the pot dry for a full day indoors, and warm it gently before you start, because epoxy sets poorly on cold clay.",
            "Press the halves together, wrap them tightly with garden twine, and wipe away what squeezes out. Leave it for two days before you water anything in it.",
        ])
    }

    @Test("A story hard-wrapped with single line breaks inside a span is read as paragraphs, not as its footer line")
    func hardWrappedStoryInSpan() throws {
        let body = try article("html-old-layout-hard-wrapped-story-in-span.html").bodyText
        #expect(body.count == 3)
        #expect(body.first?.hasPrefix("The harbour lifeboat crew received the bronze medal on Saturday") == true)
        #expect(body.first?.hasSuffix("and the coxswain thanked the town.") == true)
        #expect(!body.joined().contains("For complete area coverage"))
    }

    @Test("A story in a layout table cell, split by double line breaks, is read without the menu")
    func storyInTableCell() throws {
        let body = try article("html-old-layout-story-in-table-cell.html").bodyText
        #expect(body.count == 4)
        #expect(body[1].hasPrefix("The river ferry will run every forty minutes"))
        #expect(!body.joined().contains("Letters"))
    }

    @Test("Unclosed paragraphs inside a font element with no container are all read")
    func unclosedParagraphsInFont() throws {
        let body = try article("html-old-layout-unclosed-paragraphs-in-font.html").bodyText
        #expect(body.contains { $0.hasPrefix("The six volunteers of the harbour lifeboat") })
        #expect(body.contains { $0.hasPrefix("The fishermen, who were all back at sea") })
        #expect(!body.joined().contains("Tides"))
    }

    @Test("A documentation page keeps every section and its code blocks")
    func documentationSectionsAndCode() throws {
        let page = try article("html-docs-page-with-code-blocks.html")
        #expect(page.body.contains { $0.kind == .preformatted && $0.text.hasPrefix("interval = 300") })
        #expect(page.body.contains { $0.kind == .preformatted && $0.text.hasPrefix("tidewater-sync --check") })
        #expect(page.bodyContains("let your system start it at login"))
        #expect(!page.bodyContains("FAQ"))
    }

    @Test("An article whose only container is named like comments (an editorial's \"commentary\") is still read")
    func articleInCommentNamedWrapper() throws {
        let prose = "<p>The six volunteers of the harbour lifeboat received the bronze medal on Saturday, for bringing four fishermen home from a sinking trawler in a January gale.</p>"
            + "<p>The crew launched at two in the morning and reached the trawler an hour later, when the waves in the bay were higher than the lifeboat itself.</p>"
        let page = try extract("<html><body><div class=\"menu\"><a href=\"/\">Home</a></div><div class=\"commentary\"><h2>Our view</h2>\(prose)</div></body></html>")
        #expect(page.bodyContains("The crew launched at two in the morning"))
    }

    @Test("A page of link lists and short labels without nav elements is still refused")
    func linkListsAreStillNoArticle() {
        let lists = (0..<12).map { section in
            "<div class=\"col\"><b>Section \(section)</b>" + (0..<8).map { "<a href=\"/s\(section)/\($0)\">Story headline number \($0) in section \(section)</a><br>" }.joined() + "</div>"
        }.joined()
        #expect(throws: ExtractionError.noArticle) {
            try extract("<html><body><div class=\"front\">\(lists)<div>Weather: 12°C</div></div></body></html>")
        }
    }
}
