import Foundation
import Testing

/// The real reader under tmux, checked by what a person would see on the screen.
@Suite struct ReaderEndToEndTests {
    @Test func theListShowsEveryTitleAndTheCounts() throws {
        guard let fixture = try ReaderFixture.make("list") else { return }
        defer { fixture.remove() }
        let session = try fixture.startReader()
        defer { session.kill() }
        let shown = session.waitFor { screen in ReaderFixture.titles.allSatisfy(screen.contains) }
        #expect(shown != nil, "missing titles:\n\(session.screen())")
        #expect(session.screen().contains("5 articles · 5 unread · 0 starred"))
    }

    @Test func enterOpensTheSelectedArticleAndJAndKMoveTheSelection() throws {
        guard let fixture = try ReaderFixture.make("move") else { return }
        defer { fixture.remove() }
        let session = try fixture.startReader()
        defer { session.kill() }

        session.send("Enter")
        #expect(session.waitFor("Apple growers in the upper valley") != nil, "first article did not open:\n\(session.screen())")

        session.send("Escape", "j", "j", "Enter")
        #expect(session.waitFor("The harbour bridge opened to traffic again") != nil, "j j did not reach the third row:\n\(session.screen())")

        session.send("Escape", "k", "Enter")
        #expect(session.waitFor("Crowds returned to the riverside parks") != nil, "k did not move back up:\n\(session.screen())")
        #expect(session.waitFor("5 articles · 2 unread") != nil, "opening marks read:\n\(session.screen())")
    }

    @Test func sStarsTheSelectedArticleAndTheLibraryKeepsIt() throws {
        guard let fixture = try ReaderFixture.make("star") else { return }
        defer { fixture.remove() }
        let session = try fixture.startReader()
        defer { session.kill() }

        session.send("j", "j", "s")
        #expect(session.waitFor("1 starred") != nil, "no star on the status line:\n\(session.screen())")
        let starredRow = session.screen().split(separator: "\n").first { $0.contains("Harbour bridge reopens") }
        #expect(starredRow?.contains("★") == true, "the starred row shows no star: \(starredRow ?? "")")

        let listed = try fixture.folio(["list", "is:starred", "--format", "tsv", "--library", fixture.library])
        #expect(listed.status == 0)
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.count == 1 && lines.first?.contains("Harbour bridge reopens after two years of repairs") == true,
                "folio list is:starred printed:\n\(listed.stdout)")
    }

    @Test func theFilterPromptNarrowsTheListAsYouType() throws {
        guard let fixture = try ReaderFixture.make("filter") else { return }
        defer { fixture.remove() }
        let session = try fixture.startReader()
        defer { session.kill() }

        session.send("/")
        session.type("frost")
        let narrowed = session.waitFor { $0.contains("Late frost threatens") && !$0.contains("Harbour bridge reopens") }
        #expect(narrowed != nil, "typing did not narrow the list:\n\(session.screen())")

        session.send("Enter")
        #expect(session.waitFor("1 article") != nil, "the kept filter's count is missing:\n\(session.screen())")

        session.send("c")
        let cleared = session.waitFor { screen in ReaderFixture.titles.allSatisfy(screen.contains) }
        #expect(cleared != nil, "c did not clear the filter:\n\(session.screen())")
    }

    @Test func aResizeLaysTheReaderOutAgain() throws {
        guard let fixture = try ReaderFixture.make("resize") else { return }
        defer { fixture.remove() }
        let session = try fixture.startReader(width: 120, height: 40)
        defer { session.kill() }
        #expect(session.waitFor("Press Enter to read") != nil, "wide layout has no reading pane:\n\(session.screen())")

        session.resize(width: 60, height: 20)
        let narrow = session.waitFor { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return !screen.contains("Press Enter to read") && screen.contains("Late frost")
                && lines.contains { $0.contains("5 articles") }
        }
        let shown = try #require(narrow, "no narrow layout after resize:\n\(session.screen())")
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 21, "the pane still has \(lines.count) rows")
        #expect(lines.allSatisfy { $0.count <= 60 }, "a line is wider than the terminal")

        session.resize(width: 30, height: 6)
        #expect(session.waitFor("terminal too small") != nil, "no message for a tiny terminal:\n\(session.screen())")

        session.resize(width: 120, height: 40)
        #expect(session.waitFor("Press Enter to read") != nil, "wide layout did not come back:\n\(session.screen())")
    }

    @Test func qQuitsAndTheShellGetsItsTerminalBack() throws {
        guard let fixture = try ReaderFixture.make("quit") else { return }
        defer { fixture.remove() }
        let session = try ReaderTmux(
            tmux: fixture.tmux, width: 100, height: 30, command: ["sh"],
            environment: fixture.environment.merging(["PS1": "$ "]) { $1 }
        )
        defer { session.kill() }
        session.type("echo before-folio; \(ReaderProcess.shellQuoted(fixture.folio)) --library \(ReaderProcess.shellQuoted(fixture.library))")
        session.send("Enter")
        #expect(session.waitFor("Late frost threatens") != nil, "the reader did not start:\n\(session.screen())")

        session.send("q")
        #expect(session.waitFor { $0.contains("before-folio") && !$0.contains("Late frost") } != nil,
                "q did not give the screen back:\n\(session.screen())")
        session.type("echo \"folio-exit=$?\"; stty -a")
        session.send("Enter")
        let shown = try #require(session.waitFor { $0.contains("folio-exit=") && $0.contains("icanon") })
        #expect(shown.contains("folio-exit=0"))
        #expect(!shown.contains("-icanon") && !shown.contains("-echo "), "the line discipline was not restored")
    }
}

extension ReaderEndToEndTests {
    /// Columns a captured line takes on screen: East Asian wide characters and emoji take two.
    static func displayWidth(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v)
            return width + (wide ? 2 : 1)
        }
    }

    /// Also under the C locale: the reader must switch its characters to UTF-8 itself.
    @Test(arguments: ["C.UTF-8", "C"])
    func wideCharactersTakeTwoColumnsAndTheColumnsStayAligned(locale: String) throws {
        guard let fixture = try ReaderFixture.make("wide") else { return }
        defer { fixture.remove() }
        let session = try fixture.startReader(width: 120, height: 20, extraEnvironment: ["LC_ALL": locale, "LANG": locale])
        defer { session.kill() }
        let shown = try #require(session.waitFor { $0.contains("桜の季節") && $0.contains("Harbour bridge") })
        let rows = shown.split(separator: "\n").filter { $0.contains("│") && $0.contains("2026-") }
        try #require(rows.count == 5, "expected five list rows:\n\(shown)")
        let borders = Set(rows.map { Self.displayWidth($0[..<$0.firstIndex(of: "│")!]) })
        #expect(borders.count == 1, "the pane border moves with a CJK title:\n\(rows.joined(separator: "\n"))")
        let titles = Set(rows.map { row in Self.displayWidth(row[..<row.range(of: "2026-")!.upperBound]) })
        #expect(titles.count == 1, "the date column moves")
    }
}
