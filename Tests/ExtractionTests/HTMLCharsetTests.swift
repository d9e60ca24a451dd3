import Testing
@testable import Extraction

/// Pages in declared legacy charsets keep every paragraph, even with a byte the charset
/// does not allow; the loss is a warning, never a silent truncation.
@Suite struct HTMLCharsetTests {
    /// Twelve paragraphs; the sixth holds `bad` in the middle. `cjk` is two characters in the charset.
    private func page(charset: String, cjk: [UInt8], bad: [UInt8]) -> [UInt8] {
        var bytes = Array("<html><head><meta charset=\"\(charset)\"><title>T</title></head><body><article><h1>Head</h1>\n".utf8)
        for i in 1...12 {
            bytes += Array("<p>Paragraph \(i) of the story tells the reader about the harbour and the council, ".utf8)
            if i == 6 { bytes += bad }
            bytes += Array("at an ordinary length: ".utf8) + cjk + Array(".</p>\n".utf8)
        }
        return bytes + Array("</article></body></html>\n".utf8)
    }

    /// Each charset with "日本" or "中文" written in it, and a byte it does not allow.
    static let charsets: [(label: String, cjk: [UInt8], text: String, bad: [UInt8])] = [
        ("shift_jis", [0x93, 0xFA, 0x96, 0x7B], "日本", [0xFF]),
        ("euc-jp", [0xC6, 0xFC, 0xCB, 0xDC], "日本", [0xFF]),
        ("gb18030", [0xD6, 0xD0, 0xCE, 0xC4], "中文", [0xFF]),
        ("big5", [0xA4, 0xA4, 0xA4, 0xE5], "中文", [0xFF]),
        ("iso-2022-jp", [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x1B, 0x28, 0x42], "日本", [0xFF]),
        ("hz-gb-2312", Array("~{VPND~}".utf8), "中文", [0xFF]),
    ]

    @Test(arguments: charsets.map(\.label))
    func anInvalidByteInParagraphSixKeepsAllTwelveParagraphsAndWarns(_ label: String) throws {
        let charset = try #require(Self.charsets.first { $0.label == label })
        let result = try PageExtractor.extract(page(charset: label, cjk: charset.cjk, bad: charset.bad), path: "page.html")
        let paragraphs = result.article.bodyText.filter { $0.hasPrefix("Paragraph") }
        #expect(paragraphs.count == 12, "\(result.article.bodyText)")
        #expect(paragraphs.allSatisfy { $0.contains(charset.text) }, "\(paragraphs)")
        #expect(paragraphs.last?.hasPrefix("Paragraph 12 ") == true)
        #expect(result.warnings == [.invalidBytes(charset: label, replaced: 1)])
    }

    @Test(arguments: ["shift_jis", "gb18030", "iso-2022-jp"])
    func aValidLegacyPageDecodesWithoutWarning(_ label: String) throws {
        let charset = try #require(Self.charsets.first { $0.label == label })
        let result = try PageExtractor.extract(page(charset: label, cjk: charset.cjk, bad: []), path: "page.html")
        #expect(result.article.bodyText.filter { $0.contains(charset.text) }.count == 12)
        #expect(result.warnings.isEmpty)
    }

    @Test(arguments: ["utf-7", "ucs-4", "utf-32", "utf-16", "utf-16le"])
    func aCharsetThatCannotBeTheASCIIPagesOwnIsIgnored(_ label: String) throws {
        let result = try PageExtractor.extract(page(charset: label, cjk: [], bad: []), path: "page.html")
        #expect(result.article.bodyText.filter { $0.hasPrefix("Paragraph") }.count == 12)
        #expect(result.warnings.isEmpty)
    }

    @Test(arguments: ["utf-7", "ucs-4"])
    func anInvalidByteUnderAnImpossibleCharsetKeepsEveryParagraphAndWarns(_ label: String) throws {
        let result = try PageExtractor.extract(page(charset: label, cjk: [], bad: [0xFF]), path: "page.html")
        #expect(result.article.bodyText.filter { $0.hasPrefix("Paragraph") }.count == 12)
        #expect(result.warnings.count == 1, "\(result.warnings)")
    }

    @Test func aPageMostlyNotInItsDeclaredCharsetIsDecodedAsUndeclared() throws {
        // Windows-1252 French under a Shift_JIS label: every "é" followed by a space is invalid Shift_JIS.
        let text = String(repeating: "Le café est fermé à midi et la foule a été très déçue. ", count: 4)
        let html = "<html><head><meta charset=shift_jis></head><body><article><p>\(text)</p></article></body></html>"
        let bytes = html.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let result = try PageExtractor.extract(bytes, path: "page.html")
        #expect(result.article.bodyText.joined().contains("fermé à midi"))
        #expect(result.warnings == [.charsetMismatch(declared: "shift_jis", decodedAs: "Windows-1252")])
    }

    @Test func hzEscapesBecomeGB2312Characters() {
        #expect(CharsetDecoder.HZ.toGB2312(Array("a~{VPND~}b~~c".utf8)) == [0x61, 0xD6, 0xD0, 0xCE, 0xC4, 0x62, 0x7E, 0x63])
    }
}
