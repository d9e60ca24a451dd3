import Testing
import TestSupport
@testable import Extraction

/// Reader comments are prose too: a post followed by a long thread must still give the post,
/// however the thread is marked up and however long it grows.
@Suite struct HTMLCommentThreadTests {
    static let post = [
        "The council will plant two hundred street trees this winter, most of them along the ring road, where the summer heat is worst and the pavements are widest.",
        "Residents can ask for a tree outside their house through the council website until the end of October, and the first planting crews start in November.",
        "Each tree comes with a watering bag, because young trees die of drought in their first summer far more often than of anything else, the parks office said.",
    ]

    /// How a page marks its comment thread.
    enum Layout: CaseIterable, CustomStringConvertible {
        /// Each comment carries a name, a date and a "Reply" link; no class names at all.
        case replyLinks
        /// A "N Comments" heading inside the post's own container, then plain blocks.
        case countHeading
        /// A `comments` section with `comment` items, as most blog engines write it.
        case classNames

        var description: String {
            switch self {
            case .replyLinks: return "reply links"
            case .countHeading: return "count heading"
            case .classNames: return "class names"
            }
        }
    }

    /// A comment of 2–6 sentences made of words the post never uses.
    static func comment(_ g: inout SeededGenerator) -> String {
        let words = ["honestly", "neighbours", "bicycle", "wonderful", "remember", "grandfather", "allotment",
                     "raincoat", "kettle", "library", "morning", "squirrels", "lantern", "village", "orchard"]
        return (0..<Int.random(in: 2...6, using: &g)).map { _ in
            let sentence = (0..<Int.random(in: 8...18, using: &g)).map { _ in words.randomElement(using: &g)! }
            let line = sentence.joined(separator: " ")
            return line.prefix(1).uppercased() + line.dropFirst() + ", truly."
        }.joined(separator: " ")
    }

    /// A blog page: the post, then `count` comments in `layout`.
    static func page(comments count: Int, layout: Layout, seed: UInt64) -> String {
        var g = SeededGenerator(seed: seed)
        let article = "<h1>Two hundred street trees for the ring road</h1>"
            + post.map { "<p>\($0)</p>" }.joined()
        var thread = ""
        for index in 0..<count {
            let text = comment(&g)
            switch layout {
            case .replyLinks:
                thread += "<div class=\"x\(index % 3)\"><div><b>Reader \(index)</b> <span>3 May at 10:\(index % 60)</span></div>"
                    + "<div>\(text)</div><a href=\"#r\(index)\">Reply</a></div>"
            case .countHeading:
                thread += "<div><b>Reader \(index)</b><p>\(text)</p></div>"
            case .classNames:
                thread += "<li class=\"comment\"><div class=\"comment-author\">Reader \(index)</div><p>\(text)</p></li>"
            }
        }
        let body: String
        switch layout {
        case .replyLinks:
            body = "<div class=\"post\">\(article)</div><div class=\"thread\">\(thread)</div>"
        case .countHeading:
            body = "<div class=\"post\">\(article)<h3>\(count) Comments</h3>\(thread)</div>"
        case .classNames:
            body = "<div class=\"post\">\(article)</div><div id=\"comments\"><ol class=\"commentlist\">\(thread)</ol></div>"
        }
        return "<html><head><title>Trees</title></head><body><div class=\"site\"><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
            + body + "</div></body></html>"
    }

    @Test("A post followed by any number of comments gives the post and no comment",
          arguments: Layout.allCases, Array(0...40))
    func postWinsOverItsThread(layout: Layout, count: Int) throws {
        let html = Self.page(comments: count, layout: layout, seed: UInt64(count) &* 7919)
        let article = try PageExtractor.extract(Array(html.utf8), path: "post.html").article
        let text = article.bodyText.joined(separator: "\n")
        for paragraph in Self.post { #expect(text.contains(paragraph), "post paragraph missing with \(count) comments") }
        #expect(!text.contains("truly"), "comment text taken with \(count) comments")
        #expect(!text.contains("Comments"))
    }

    @Test("Comment headings are told from article headings", arguments: [
        ("12 Comments", true), ("3 thoughts on “Mending a pot”", true), ("One response to “Trees”", true),
        ("Leave a Reply", true), ("Comments (4)", true), ("Comments", true), ("5 Kommentare", true),
        ("Ten responses from the industry", false), ("What the comments say about the ferry", false),
        ("Comment is free", false), ("2024 in review", false),
    ])
    func commentHeadings(text: String, isComment: Bool) {
        #expect(HTMLCommentSections.isCommentHeading(text) == isComment)
    }

    @Test("Reply buttons are recognised in several languages, not reply-like prose", arguments: [
        ("Reply", true), ("Reply ↓", true), (" reply ", true), ("Antworten", true), ("Répondre", true),
        ("Reply to Priya", true), ("Replying to critics", false), ("Read more", false),
    ])
    func replyLabels(text: String, isReply: Bool) {
        #expect(HTMLCommentSections.isReplyLabel(Array(text.utf8)) == isReply)
    }
}
