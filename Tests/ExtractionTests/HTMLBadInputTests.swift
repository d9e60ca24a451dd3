import Testing
@testable import Extraction

/// Hostile and broken pages: each gives an article or a named ``ExtractionError``, never a
/// crash or a hang.
@Suite struct HTMLBadInputTests {
    private func extract(_ html: String) throws(ExtractionError) -> Article {
        try PageExtractor.extract(Array(html.utf8), path: "page.html").article
    }

    private let prose = "<p>This paragraph is long enough to count as prose, with commas, clauses, and a full stop at the end.</p>"

    @Test func hundredThousandNestedDivsDoNotOverflowTheStack() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + prose + String(repeating: "</div>", count: depth) + "</body></html>"
        let outcome = Result { () throws(ExtractionError) in try extract(html) }
        switch outcome {
        case let .success(article): #expect(article.bodyText.joined().contains("long enough to count as prose"))
        case let .failure(error): #expect(error == .noArticle)
        }
    }

    @Test func unclosedAndTruncatedMarkupStillGivesTheText() throws {
        let html = "<html><body><div class=story><p>First paragraph of the story runs on, with enough words to be taken as prose.<p>Second paragraph, also long enough, with a comma, and no closing tag<div><b>bold <i>nest"
        let article = try extract(html)
        #expect(article.bodyText.joined(separator: " ").contains("Second paragraph"))
    }

    @Test func entityBombExpandsToNothingMuch() {
        let entities = (0..<10).map { "<!ENTITY e\($0) \"" + String(repeating: "&e\($0 - 1);", count: $0 == 0 ? 0 : 10) + ($0 == 0 ? "lol" : "") + "\">" }
        let html = "<!DOCTYPE html [" + entities.joined() + "]><html><body><p>&e9; &e9; &e9;</p>"
            + String(repeating: "&amp;&lt;&#x41;&#65;&nbsp;", count: 20_000) + prose + "</body></html>"
        let outcome = Result { () throws(ExtractionError) in try extract(html) }
        if case let .success(article) = outcome {
            let total = article.body.reduce(0) { $0 + $1.text.utf8.count }
            #expect(total < html.utf8.count * 2, "entities must not multiply the text")
        }
    }

    @Test func pageWithNoTextIsNoArticle() {
        #expect(throws: ExtractionError.noArticle) { try extract("<html><body><img src=a.png><div></div></body></html>") }
        #expect(throws: ExtractionError.noArticle) { try extract("<html><body><nav><a href=/>Home</a></nav></body></html>") }
    }

    @Test func emptyAndWhitespacePagesAreEmpty() {
        #expect(throws: ExtractionError.empty) { try PageExtractor.extract([], path: "a.html") }
        #expect(throws: ExtractionError.empty) { try PageExtractor.extract(Array(" \n\t ".utf8), path: "a.html") }
    }

    @Test func binaryDataNamedHTMLIsBinary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + Array(repeating: 7, count: 500)
        #expect(throws: ExtractionError.binary) { try PageExtractor.extract(png, path: "photo.html") }
    }

    @Test func corruptGzipIsBinary() {
        let broken: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9]
        #expect(throws: ExtractionError.binary) { try PageExtractor.extract(broken, path: "page.html.gz") }
    }

    @Test func tenMegabytePageIsExtracted() throws {
        let filler = "<div class=\"teaser\"><a href=\"/x\">Another link to another page</a><span>tag</span></div>\n"
        var html = "<html><head><script>" + String(repeating: "var x = 1;\n", count: 200_000) + "</script></head><body>"
        html += "<article>" + String(repeating: prose, count: 20) + "</article>"
        while html.utf8.count < 10_000_000 { html += String(repeating: filler, count: 1000) }
        let article = try extract(html + "</body></html>")
        #expect(article.body.count == 20)
    }

    // MARK: - Charsets

    @Test func declaredLatin1ThatIsReallyUTF8IsReadAsUTF8() throws {
        let article = try extract("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café society returns, with crème brûlée and long lunches that stretch into the afternoon.</p></body></html>")
        #expect(article.bodyText.first?.hasPrefix("Café society") == true)
    }

    @Test func undeclaredLatin1FallsBackToWindows1252WithAWarning() throws {
        let bytes = Array("<html><body><p>Caf".utf8) + [0xE9] + Array(" society returns, with long lunches that stretch well into the afternoon.</p></body></html>".utf8)
        let result = try PageExtractor.extract(bytes, path: "page.html")
        #expect(result.article.bodyText.first?.hasPrefix("Café society") == true)
        #expect(result.warnings == [.decodedAs(encoding: "Windows-1252")])
    }

    @Test func declaredShiftJISIsConverted() throws {
        // "日本語の記事です。" in Shift_JIS, repeated to make a paragraph.
        let sentence: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x8B, 0x4C, 0x8E, 0x96, 0x82, 0xC5, 0x82, 0xB7, 0x81, 0x42]
        let bytes = Array("<html><head><meta charset=\"shift_jis\"></head><body><p>".utf8)
            + Array([[UInt8]](repeating: sentence, count: 6).joined()) + Array("</p></body></html>".utf8)
        let article = try PageExtractor.extract(bytes, path: "page.html").article
        #expect(article.bodyText.first?.hasPrefix("日本語の記事です。") == true)
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let html = "<html><body><p>A page saved as UTF-16 by an old editor, with a byte order mark in front of it.</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let article = try PageExtractor.extract(bytes, path: "page.html").article
        #expect(article.bodyText.first?.hasPrefix("A page saved as UTF-16") == true)
    }

    @Test func controlCharactersAndEscapesNeverReachTheArticle() throws {
        let html = "<html><head><title>T\u{1B}[2Jitle</title></head><body><p>Text with an escape \u{1B}]52;c;aGk=\u{07}sequence and a bell \u{07} in a paragraph that is long enough.</p></body></html>"
        let article = try extract(html)
        #expect(TextSanitizer.isClean(article.title))
        #expect(article.bodyText.allSatisfy(TextSanitizer.isClean))
        // libxml2 drops the ESC and BEL bytes themselves; what is left of the sequence is inert text.
        #expect(!article.bodyText.joined().unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }
}

@Suite struct HTMLEscapeSequenceTests {
    private let prose = "This paragraph is long enough to count as prose, with commas, clauses, and a full stop at the end."

    private func body(_ html: String) throws -> String {
        let page = "<html><body><article><p>" + html + "</p><p>" + prose + "</p></article></body></html>"
        return try PageExtractor.extract(Array(page.utf8), path: "page.html").article.bodyText.joined(separator: "\n")
    }

    @Test("In an HTML page, a terminal sequence leaves no remnant in the text")
    func noRemnants() throws {
        let text = try body("Words \u{1B}]0;PWNED\u{7} and \u{1B}[31mred\u{1B}[0m, \u{1B}]52;c;aGk=\u{1B}\\more. " + prose)
        #expect(text.hasPrefix("Words and red, more. This paragraph"))
    }

    @Test("In an HTML page, an unterminated string introducer drops only itself")
    func unterminatedInHTML() throws {
        let text = try body("Words \u{1B}]0;kept and the rest of the paragraph. " + prose)
        #expect(text.hasPrefix("Words 0;kept and the rest of the paragraph. This paragraph"))
    }

    @Test("A page in UTF-16 is not rewritten, since a 0x07 byte there is half a character")
    func utf16Untouched() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x07, 0x20, 0x1B, 0x00, 0x5B, 0x00]
        #expect(HTMLEscapeBytes.referenced(bytes) == bytes)
        #expect(HTMLEscapeBytes.referenced(Array("a\u{1B}[1mb\u{7}\u{1B}(B".utf8)) == Array("a&#x9B;1mb&#x9C;\u{1B}(B".utf8))
    }
}
