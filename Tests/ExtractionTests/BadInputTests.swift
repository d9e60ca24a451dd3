import Foundation
import Testing
@testable import Extraction

/// Each bad input of issue #2 gives a clear error or a warning, never a crash or invented text.
@Suite struct BadInputTests {
    private func page() throws -> String { try Fixture.text("copyright-footer.txt") }

    @Test func anEmptyFileIsReportedAsEmpty() {
        #expect(throws: ExtractionError.empty) { try PageExtractor.extract([], path: "empty.txt") }
        #expect(throws: ExtractionError.empty) { try PageExtractor.extract(Array(" \r\n\r\n ".utf8), path: "blank.txt") }
    }

    @Test func aBinaryFileIsReportedAsBinary() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: ExtractionError.binary) { try PageExtractor.extract(bytes, path: "photo.txt") }
    }

    /// More than one byte in ten a control other than whitespace and ESC makes a page binary;
    /// tabs, line breaks and escape sequences don't count, wherever they sit in the page.
    @Test func onlyNonWhitespaceControlsCountTowardsBinary() throws {
        let line = Array("Council votes on the new tram line today.\t\u{1B}[1m\r\n".utf8)
        let text = Array(repeating: line, count: 20).joined()
        #expect(binaryError(Array(text)) == nil)
        var binary = Array(text)
        for i in stride(from: 3, to: binary.count, by: 7) { binary[i] = 0x01 }
        #expect(throws: ExtractionError.binary) { try PageExtractor.extract(binary, path: "controls.txt") }
        var fewControls = Array(text)
        for i in stride(from: 3, to: fewControls.count, by: 13) { fewControls[i] = 0x01 }
        #expect(binaryError(fewControls) == nil)
    }

    /// The `.binary` error extracting `bytes` throws, if any (a page of repeated lines may fail otherwise).
    private func binaryError(_ bytes: [UInt8]) -> ExtractionError? {
        do { _ = try PageExtractor.extract(bytes, path: "page.txt") } catch let e as ExtractionError where e == .binary { return e } catch {}
        return nil
    }

    @Test func invalidUTF8IsReplacedAndWarnedNotFailed() throws {
        var bytes = Array(try page().utf8)
        bytes.insert(contentsOf: [0xE2, 0x28, 0xA1, 0xC3], at: bytes.count / 2)
        let result = try PageExtractor.extract(bytes, path: "broken.txt", lexicon: Fixture.lexicon)
        #expect(result.warnings.contains { if case .invalidUTF8 = $0 { return true } else { return false } })
        #expect(result.article.body.count >= 3)
    }

    @Test func utf16WithABOMIsRead() throws {
        let text = try page()
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let a = try PageExtractor.extract(bytes, path: "utf16.txt", lexicon: Fixture.lexicon).article
        #expect(a == (try Fixture.article("copyright-footer.txt")).withPath("utf16.txt"))
    }

    @Test func windows1252IsDecodedWithAWarning() throws {
        let text = "Caf\u{E9} owners in N\u{EE}mes said the new rules would cost them customers, because tourists now prefer the terraces of the next town, where prices are lower and the streets are quieter at night."
        let bytes = Array(text.unicodeScalars.map { UInt8($0.value) }) + Array("\n\nMore\n".utf8)
        let result = try PageExtractor.extract(bytes, path: "legacy.txt")
        #expect(result.warnings == [.decodedAs(encoding: "Windows-1252")])
        #expect(result.article.body.first?.text.hasPrefix("Café owners in Nîmes") == true)
    }

    @Test func crlfAndCRLineEndsParseLikeLF() throws {
        let lf = try page()
        let expected = try TextPageParser.parse(lf, source: .init(), lexicon: Fixture.lexicon)
        for ending in ["\r\n", "\r"] {
            let converted = lf.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: ending)
            #expect(try TextPageParser.parse(converted, source: .init(), lexicon: Fixture.lexicon) == expected)
        }
    }

    @Test func oneVeryLongLineIsOneParagraph() throws {
        let sentence = "The river rose by a metre overnight, and the town's volunteers filled sandbags until dawn. "
        let line = String(repeating: sentence, count: 20_000)
        let a = try TextPageParser.parse(line, source: .init())
        #expect(a.body.count == 1)
        #expect(a.body[0].text.utf8.count == line.utf8.count - 1)
    }

    @Test func aPageOfOnlyNoiseInventsNothing() {
        let noise = "Home\nNews\nimg 0827\nLearn more\nRead the full story on our site...\nhttps://example.com/a\n"
        #expect(throws: ExtractionError.noArticle) { try TextPageParser.parse(noise, source: .init()) }
    }

    @Test func aBodyThatIsAllEscapeSequencesIsNoArticle() {
        let prose = "The council voted on Tuesday to close the old bridge for repairs, and the work will take most of the year, officials said."
        let page = "Bridge closes\n\n\u{1B}]0;\(prose)\u{07}\n\n\u{1B}]0;\(prose) Again, they said it twice.\u{07}\n"
        #expect(throws: ExtractionError.noArticle) { try TextPageParser.parse(page, source: .init()) }
    }

    @Test func controlCharactersAndEscapesNeverReachTheArticle() throws {
        var text = try page()
        text = text.replacingOccurrences(of: "family bakery", with: "family\u{1B}[31m bakery\u{7}\u{9B}2J")
        let a = try PageExtractor.extract(Array(text.utf8), path: "hostile.txt", lexicon: Fixture.lexicon).article
        #expect(a.allFields.allSatisfy(TextSanitizer.isClean))
        #expect(a.bodyContains("family bakery"))
    }
}

extension Article {
    func withPath(_ path: String) -> Article {
        var copy = self
        copy.source.path = path
        return copy
    }
}
