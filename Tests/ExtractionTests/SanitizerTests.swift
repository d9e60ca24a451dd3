import Testing
@testable import Extraction

@Suite struct TextSanitizerTests {
    @Test func escapeSequencesAreRemovedWhole() {
        let hostile = "A\u{1B}[2Jb\u{1B}]52;c;aGVsbG8=\u{07}c\u{07}d\u{9B}31me\u{1B}Pq#0\u{1B}\\f"
        #expect(TextSanitizer.clean(hostile) == "Abcdef")
    }

    @Test func whitespaceAndControlsCollapseToOneSpace() {
        #expect(TextSanitizer.clean("  one\t\ttwo\r\nthree\u{0}\u{85}four  ") == "one two three four")
    }

    @Test func bidiOverridesAreDropped() {
        #expect(TextSanitizer.clean("abc\u{202E}def\u{2066}") == "abcdef")
    }

    @Test func cleanTextIsUnchanged() {
        let text = "Ünïcödé — 中文 日本語 🙂 e\u{301}"
        #expect(TextSanitizer.clean(text) == text)
        #expect(TextSanitizer.isClean(text))
    }
}

@Suite struct PageDecoderTests {
    @Test func utf16WithBOMIsDecoded() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Hi ü".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try PageDecoder.decode(bytes).text == "Hi ü")
    }

    @Test func windows1252IsDetectedAndWarned() throws {
        let decoded = try PageDecoder.decode([0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94])
        #expect(decoded.text == "café \u{201C}q\u{201D}")
        #expect(decoded.warnings == [.decodedAs(encoding: "Windows-1252")])
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: ExtractionError.binary) { try PageDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) }
    }

    @Test func whitespaceOnlyIsEmpty() {
        #expect(throws: ExtractionError.empty) { try PageDecoder.decode(Array(" \n\r\n\t".utf8)) }
    }
}

@Suite struct SanitizerFastPathTests {
    /// The fast path must agree with the full cleaner on every input.
    @Test func theFastPathAgreesWithTheFullCleaner() {
        let samples = [
            "plain text", " leading", "trailing ", "two  spaces", "tab\there", "nbsp\u{A0}x", "c1\u{85}x",
            "quote \u{2019}s and \u{201C}q\u{201D} — dash", "zw\u{200B}x", "lrm\u{200E}x", "iso\u{2066}x", "ideo\u{3000}x",
            "bom\u{FEFF}x", "ogham\u{1680}x", "en\u{2002}x", "nnbsp\u{202F}x", "mmsp\u{205F}x", "alm\u{061C}x",
            "中文 日本語", "e\u{301}", "esc\u{1B}[1m", "del\u{7F}", "",
        ]
        for s in samples {
            if TextSanitizer.isAlreadyClean(s) {
                #expect(TextSanitizer.clean(s) == s, "fast path kept \(Array(s.unicodeScalars))")
            }
        }
        #expect(TextSanitizer.isAlreadyClean("quote \u{2019}s and \u{201C}q\u{201D} — dash"))
        #expect(!TextSanitizer.isAlreadyClean("two  spaces"))
    }
}

@Suite struct ScanShortcutTests {
    @Test func everyScalarTheSanitiserChangesIsFlaggedByTheScan() {
        for v in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            if TextSanitizer.clean(text) != text {
                #expect(TextSanitizer.changes(v), "U+\(String(v, radix: 16)) is changed by clean but not flagged")
            }
        }
    }

    @Test func linesWithControlsOrDoubleSpacesAreFlaggedAndCleanOnesAreNot() {
        #expect(!LineFeatures("A plain line, with “quotes” — and a dash.").needsCleaning)
        #expect(LineFeatures("two  spaces").needsCleaning)
        #expect(LineFeatures("an \u{1B}[31mescape").needsCleaning)
        #expect(LineFeatures("a\ttab").needsCleaning)
        #expect(LineFeatures("no\u{A0}break").needsCleaning)
        #expect(LineFeatures("bidi\u{202E}override").needsCleaning)
    }

    @Test func cyrillicAndGreekShortcutsAgreeWithTheUnicodeProperties() {
        for v in UInt32(0x0370)...0x045F {
            #expect(ScalarKind.ofNonASCII(v) == ScalarKind.byProperties(v), "U+\(String(v, radix: 16))")
        }
    }
}
