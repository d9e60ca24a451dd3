import TestSupport
import Testing
@testable import Extraction

/// Random and mutated pages never crash the extractor, and what comes out is always clean.
@Suite struct PropertyTests {
    static let pieces: [[UInt8]] = [
        "\u{1B}[2J", "\u{1B}]0;title\u{7}", "\u{9B}31m", "\u{0}", "\r\n", "\r", "\n\n", "…", "...", "img 0827",
        "中文", "日本語です。", "Ünïcödé", "\u{202E}", "\u{FEFF}", " date 2020-02-30 News\n", "By ", "Credit: ",
        "He was previously", " covers ", "|", "https://", "©", "42 Comments\n", "joe says:\n", "6:34 am\n",
    ].map { Array($0.utf8) }

    static func mutate(_ page: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        var bytes = page
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: bytes.insert(contentsOf: pieces.randomElement(using: &rng)!, at: at)
            case 1 where at < bytes.count: bytes[at] = UInt8.random(in: 0...255, using: &rng)
            case 2 where at < bytes.count: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...200, using: &rng)))
            case 3 where at < bytes.count:
                let chunk = bytes[at..<min(bytes.count, at + 300)]
                bytes.insert(contentsOf: chunk, at: Int.random(in: 0...bytes.count, using: &rng))
            default: bytes.insert(UInt8.random(in: 0...0x1F, using: &rng), at: at)
            }
        }
        return bytes
    }

    static func randomPage(_ rng: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...60, using: &rng) {
            if Bool.random(using: &rng) {
                bytes += pieces.randomElement(using: &rng)!
            } else {
                let words = (0..<Int.random(in: 1...40, using: &rng)).map { _ in
                    ["the", "river", "said", "and", "of", "Council", "2019", "a", "was", "in", "x1", "."].randomElement(using: &rng)!
                }
                bytes += Array(words.joined(separator: " ").utf8) + [0x0A, 0x0A]
            }
        }
        return bytes
    }

    static func check(_ bytes: [UInt8]) {
        guard let result = try? PageExtractor.extract(bytes, path: "random.txt", format: .text, lexicon: Fixture.lexicon) else {
            return
        }
        let a = result.article
        #expect(a.allFields.allSatisfy(TextSanitizer.isClean), "unclean field for input \(bytes.prefix(200))")
        #expect(!a.body.isEmpty)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomPagesNeverCrashAndStayClean(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<150 { Self.check(Self.randomPage(&rng)) }
    }

    @Test(arguments: ["author-bio-after-article.txt", "comments-after-article.txt", "japanese-page.txt", "german-page.txt"])
    func mutatedFixturesNeverCrashAndStayClean(name: String) throws {
        let page = try Fixture.bytes(name)
        var rng = SeededGenerator(seed: UInt64(name.utf8.count))
        for _ in 0..<150 { Self.check(Self.mutate(page, &rng)) }
    }

    @Test func whitespaceAroundLinesDoesNotChangeTheParse() throws {
        let text = try Fixture.text("teasers-ending-in-ellipsis.txt")
        let padded = text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)\t" }.joined(separator: "\n")
        let a = try TextPageParser.parse(text, source: .init(), lexicon: Fixture.lexicon)
        let b = try TextPageParser.parse(padded, source: .init(), lexicon: Fixture.lexicon)
        #expect(a.bodyText == b.bodyText)
        #expect(a.title == b.title)
    }
}
