import Extraction
import Foundation
import Store
import Testing
@testable import folio

/// No control character or escape sequence reaches stdout or stderr, whatever the library holds
/// and whatever the user typed.
@Suite struct CleanOutputTests {
    /// Escape sequences of every kind: OSC 0 (window title), OSC 52 (clipboard), CSI (erase,
    /// colour), the 8-bit CSI and OSC (U+009B, U+009D), BEL, a line separator.
    static let hostile = "\u{1B}]0;PWNED\u{07}\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}[2J\u{1B}[31m\u{9B}1m\u{9D}0;t\u{9C}\u{07}\u{2028}"

    /// A library written by "another tool": every text field holds escape sequences, stored
    /// raw (the extractor here does not sanitise, as `--extractor lines` does not).
    private func hostileLibrary(in folder: URL) throws -> String {
        let page = folder.appendingPathComponent("page.txt")
        try Data("x".utf8).write(to: page)
        let path = folder.appendingPathComponent("library.sqlite").path
        let h = Self.hostile
        _ = try Library(path: path).importFiles([page]) { _, _ in
            Article(
                title: "Title\(h) end", dek: "Dek\(h)", date: "2017-01-0\(h)1", section: "Sport\(h)xxxxxxxxxx界界界",
                authors: ["Ana\(h)"], byline: "By\(h)", bio: "Bio\(h)", credit: "Credit\(h)",
                body: [.init(.paragraph, "Body\(h) text"), .init(.heading, "Head\(h)"), .init(.preformatted, "Pre\(h)")],
                source: .init(path: "/p/\(h).txt", url: "https://x.example/\(h)", site: "Site\(h)界界界界界界界界"),
                noise: ["Noise\(h)"])
        }
        return path
    }

    /// The controls found in `text`, other than the line feeds (and tabs, for TSV) that shape output.
    private func controls(_ text: String, allowingTabs: Bool = false) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { v in
            (v < 0x20 && v != 0x0A && !(allowingTabs && v == 0x09)) || (0x7F...0x9F).contains(v) || v == 0x2028
        }
    }

    @Test func listPrintsNoControlCharacterInAnyFormatWhateverTheLibraryHolds() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = try hostileLibrary(in: folder)
        for format in ["table", "tsv", "json"] {
            let result = try LibraryProcess.run(["list", "--library", library, "--format", format], in: folder)
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("Title"), "\(format): \(result.stdout)")
            #expect(controls(result.stdout, allowingTabs: format == "tsv").isEmpty, "\(format): \(result.stdout.debugDescription)")
            #expect(controls(result.stderr).isEmpty, "\(format): \(result.stderr.debugDescription)")
        }
        let tsv = try LibraryProcess.run(["list", "--library", library, "--format", "tsv"], in: folder)
        #expect(tsv.stdout.split(separator: "\t", omittingEmptySubsequences: false).count == 6, "one row, six fields")
    }

    @Test func showPrintsNoControlCharacterInAnyFormatWhateverTheLibraryHolds() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = try hostileLibrary(in: folder)
        for format in ["text", "markdown", "json"] {
            let result = try LibraryProcess.run(["show", "1", "--library", library, "--format", format], in: folder)
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("Body"), "\(format): \(result.stdout)")
            #expect(controls(result.stdout).isEmpty, "\(format): \(result.stdout.debugDescription)")
            #expect(!result.stdout.contains("PWNED") && !result.stdout.contains("SGVsbG8"), "\(format): \(result.stdout)")
        }
    }

    @Test(arguments: [
        [Self.hostile],
        ["list", "\u{1B}]0;PWNED\u{07}("],
        ["list", "--bogus\u{1B}[31m"],
        ["list", "--sort", "\u{1B}]0;PWNED\u{07}"],
        ["show", "\u{1B}]0;PWNED\u{07}"],
        ["--\u{1B}]0;PWNED\u{07}"],
        ["extract", "/nonexistent/\u{1B}]0;PWNED\u{07}.txt"],
    ])
    func errorMessagesNeverEchoAnArgumentsEscapeSequences(_ arguments: [String]) throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        // Each fails before any library is opened.
        let result = try LibraryProcess.run(arguments, in: folder)
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
        #expect(controls(result.stderr).isEmpty, "\(result.stderr.debugDescription)")
        #expect(controls(result.stdout).isEmpty, "\(result.stdout.debugDescription)")
    }

    @Test func aQueryErrorsCaretStandsUnderTheCleanedQuery() throws {
        let list = try ListCommand.parse(["\u{1B}]0;PWNED\u{07}trade", "("])
        #expect(list.query == "trade (")
    }

    @Test func jsonEscapesC1ControlsAndLineSeparators() throws {
        var bytes: [UInt8] = []
        ArticleOutput.appendQuoted("a\u{80}b\u{9B}c\u{9F}d\u{A0}e\u{2028}f\u{2029}g\u{2027}’\u{1B}", to: &bytes)
        let json = String(decoding: bytes, as: UTF8.self)
        #expect(json == "\"a\\u0080b\\u009bc\\u009fd\u{A0}e\\u2028f\\u2029g\u{2027}’\\u001b\"")
        let decoded = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
        #expect(decoded == "a\u{80}b\u{9B}c\u{9F}d\u{A0}e\u{2028}f\u{2029}g\u{2027}’\u{1B}")
    }

    @Test(arguments: ["\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{2028}", "\u{2029}"])
    func jsonEscapesAControlAtEveryPositionOfTheEightByteScan(_ control: String) throws {
        for offset in 0..<10 {
            // Beside characters that share its lead byte and stay raw: « (C2 AB), ’ (E2 80 99).
            let text = String(repeating: "x", count: offset) + control + "’«" + String(repeating: "y", count: 9)
            var bytes: [UInt8] = []
            ArticleOutput.appendQuoted(text, to: &bytes)
            let json = String(decoding: bytes, as: UTF8.self)
            #expect(!json.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029 },
                    "offset \(offset): \(json.debugDescription)")
            #expect(json.contains("’«"))
            let decoded = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
            #expect(decoded == text)
        }
    }

    @Test func tableColumnsAreCutByDisplayWidthBetweenCharacters() {
        let row = ArticleSummary(
            id: 7, date: "2017-01-09", section: "国際ニュース速報", source: String(repeating: "e\u{301}", count: 15),
            title: "T", isRead: false, isStarred: true)
        let line = ListCommand.tableLine(ListCommand.cleaned(row))
        // The section in 12 columns (five wide characters, an ellipsis, a space), the source in 14.
        #expect(line.hasPrefix("     7  2017-01-09  N*  国際ニュー…   e\u{301}"), "\(line)")
        #expect(line.hasSuffix("   " + String(repeating: "e\u{301}", count: 13) + "…  T\n"), "\(line)")
    }
}
