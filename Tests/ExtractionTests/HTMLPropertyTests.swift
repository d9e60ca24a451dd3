import TestSupport
import Foundation
import Testing
@testable import Extraction

/// Seeded property tests: random and mutated HTML never crashes the extractor and never
/// yields a control character in any field. A failing seed is printed; commit the page it
/// makes as a fixture (`Fixtures/html-seed-N.html`).
@Suite struct HTMLPropertyTests {
    static let pieces = [
        "<div>", "</div>", "<p>", "</p>", "<article>", "<main>", "<nav>", "<aside class=\"sidebar\">", "<a href=x>",
        "</a>", "<script>", "</script>", "<style>", "<br>", "<h2>", "<li>", "<ul>", "<blockquote>", "<pre>",
        "<table><tr><td>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#x1B;", "&#xD800;", "&nosuch;",
        "\u{1B}[31m", "\u{07}", "\u{0}", "\u{202E}", "\u{9B}", "\r\n", "\t", "<meta charset=\"koi8-r\">",
        "<div hidden>", "<span style=\"display:none\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\u{1B}]0;x\u{07}\",\"author\":[[[[{\"name\":\"\u{0}\"}]]]]}</script>",
        "<meta property=\"og:title\" content=\"T\u{85}itle\">", "<time datetime=\"2020-13-45\">",
        "The quick brown fox jumps over the lazy dog, again and again, ", "Ünïcödé 中文 テキスト, ", "<", ">", "\"", "='",
    ]

    static func randomPage(_ g: inout SeededGenerator) -> [UInt8] {
        var html = "<html><body>"
        for _ in 0..<Int.random(in: 10...200, using: &g) {
            html += pieces.randomElement(using: &g)!
        }
        var bytes = Array(html.utf8)
        for _ in 0..<Int.random(in: 0...5, using: &g) where !bytes.isEmpty {
            bytes[Int.random(in: 0..<bytes.count, using: &g)] = UInt8.random(in: 0...255, using: &g)
        }
        return bytes
    }

    static func mutated(_ page: [UInt8], _ g: inout SeededGenerator) -> [UInt8] {
        var bytes = page
        for _ in 0..<Int.random(in: 1...8, using: &g) where bytes.count > 2 {
            let a = Int.random(in: 0..<bytes.count, using: &g)
            let b = min(bytes.count, a + Int.random(in: 1...200, using: &g))
            switch Int.random(in: 0..<5, using: &g) {
            case 0: bytes.removeSubrange(a..<b)
            case 1: bytes.insert(contentsOf: bytes[a..<b], at: Int.random(in: 0...bytes.count, using: &g))
            case 2: bytes = Array(bytes[..<a])
            case 3: bytes[a] = UInt8.random(in: 0...255, using: &g)
            default: bytes.insert(contentsOf: Array(pieces.randomElement(using: &g)!.utf8), at: a)
            }
        }
        return bytes
    }

    static func checkNeverCrashesAndStaysClean(_ bytes: [UInt8], seed: UInt64) {
        do {
            let article = try PageExtractor.extract(bytes, path: "random.html").article
            let fields = [article.title, article.dek, article.date, article.dateText, article.section, article.byline,
                          article.bio, article.credit, article.language, article.source.url, article.source.site]
                .compactMap { $0 } + article.authors + article.bodyText + article.noise
            #expect(fields.allSatisfy(TextSanitizer.isClean), "seed \(seed)")
            #expect(!article.body.isEmpty, "seed \(seed)")
        } catch {
            // A named failure is an allowed outcome.
        }
    }

    @Test func randomHTMLNeverCrashesOrYieldsControls() {
        for seed in UInt64(1)...300 {
            var g = SeededGenerator(seed: seed)
            Self.checkNeverCrashesAndStaysClean(Self.randomPage(&g), seed: seed)
        }
    }

    @Test func mutatedFixturesNeverCrashOrYieldControls() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: HTMLFixtureTests.fixtures.path)
            .filter { $0.hasPrefix("html-") && $0.hasSuffix(".html") }.sorted()
        #expect(!names.isEmpty)
        for (n, name) in names.enumerated() {
            let page = try [UInt8](Data(contentsOf: HTMLFixtureTests.fixtures.appendingPathComponent(name)))
            for seed in UInt64(1)...60 {
                var g = SeededGenerator(seed: seed &* 1000 &+ UInt64(n))
                Self.checkNeverCrashesAndStaysClean(Self.mutated(page, &g), seed: seed)
            }
        }
    }
}
