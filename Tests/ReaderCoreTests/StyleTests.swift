import Testing
@testable import ReaderCore

/// Styles, tested apart from the text the goldens hold.
@Suite struct StyleTests {
    typealias Style = Screen.Style

    /// The cell where `text` starts on row `y`, searching by columns.
    func cell(_ screen: Screen, _ text: String, row y: Int) -> Screen.Cell? {
        let line = (0..<screen.width).map { screen[$0, y] }
        var x = 0
        while x < screen.width {
            var s = ""
            for c in line[x...] where !c.isContinuation { s += c.grapheme }
            if s.hasPrefix(text) { return line[x] }
            x += 1
        }
        return nil
    }

    @Test func theSelectedRowIsReversedAcrossTheWholeWidth() {
        let screen = render(Fixture.loaded(total: 40, selected: 2), width: 80, height: 24)
        for x in 0..<80 {
            #expect(screen[x, 2].style.attributes.contains(.reverse))
            #expect(screen[x, 2].style.role == .selection)
        }
        #expect(!screen[10, 1].style.attributes.contains(.reverse))
    }

    @Test func theSelectionDimsWhileTheReadingPaneHasTheFocus() {
        var state = Fixture.loaded(total: 40, width: 140, height: 40)
        reduce(&state, .openSelected)
        var screen = render(state, width: 140, height: 40)
        #expect(screen[20, 0].style == ArticleList.unfocusedSelectedStyle)
        reduce(&state, .back)
        screen = render(state, width: 140, height: 40)
        #expect(screen[20, 0].style == ArticleList.selectedStyle)
    }

    @Test func unreadTitlesAreBoldReadOnesPlainAndMarkersHaveTheirRoles() {
        let screen = render(Fixture.loaded(total: 40, selected: 10), width: 80, height: 24)
        // Row 0 unread, row 1 read, row 2 starred and unread.
        #expect(cell(screen, "City council", row: 0)?.style == Style([.bold], .normal))
        #expect(cell(screen, "Researchers", row: 1)?.style == .plain)
        #expect(screen[0, 2] == Screen.Cell("★", Style([], .starred)))
        #expect(screen[1, 2] == Screen.Cell("•", Style([.bold], .unread)))
        #expect(cell(screen, "2024-03-28", row: 0)?.style.role == .muted)
    }

    @Test func theReadingPaneSetsTitleHeadingsQuotesAndCreditApart() {
        var state = Fixture.loaded(total: 40, width: 100, height: 60)
        reduce(&state, .openSelected)
        reduce(&state, .documentLoaded(Fixture.document))
        let screen = render(state, width: 100, height: 60)
        let rows = (0..<60).map { screen.line($0) }
        func style(of text: String) -> Style? {
            guard let y = rows.firstIndex(where: { $0.contains(text) }) else { return nil }
            return cell(screen, text, row: y)?.style
        }
        #expect(style(of: "City council")?.attributes.contains(.bold) == true)
        #expect(style(of: "The plan adds")?.attributes.contains(.italic) == true)
        #expect(style(of: "Maria Lindqvist, Tomás")?.role == .muted)
        #expect(style(of: "What changes") == Style([.bold], .heading))
        #expect(style(of: "│ We are not")?.role == .quote)
        #expect(style(of: "The vote came") == .plain)
        #expect(style(of: "Photograph: Jonas")?.role == .muted)
    }

    @Test func theStatusLineIsReversedAndErrorsUseTheErrorRole() {
        var state = Fixture.loaded(total: 40)
        reduce(&state, .openFailed(message: "no browser"))
        let screen = render(state, width: 80, height: 24)
        #expect(screen[0, 23].style == StatusLine.barStyle)
        #expect(cell(screen, "Could not open", row: 23)?.style.role == .error)
    }

    @Test func theRejectedColumnOfTheFilterIsMarked() {
        var state = Fixture.loaded(total: 40)
        reduce(&state, .startFilter)
        reduce(&state, .insertFilterText("ab)c"))
        reduce(&state, .filterRejected(filter: "ab)c", message: "unexpected )", column: 2))
        let screen = render(state, width: 80, height: 24)
        #expect(screen[3, 23] == Screen.Cell(")", Style([.reverse, .underline, .bold], .error)))
        #expect(screen[2, 23].style == StatusLine.barStyle)
        #expect(screen.cursor == Screen.Position(x: 5, y: 23))
    }

    @Test func theTooSmallMessageIsTheOnlyThingOnScreen() {
        let screen = render(Fixture.loaded(total: 40), width: 30, height: 10)
        #expect(screen.line(0) == "terminal too small")
        #expect((1..<10).allSatisfy { screen.line($0).isEmpty })
    }
}
