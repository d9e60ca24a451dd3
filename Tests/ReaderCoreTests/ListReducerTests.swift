import Testing
@testable import ReaderCore

/// The virtualised list: selection, scrolling, windows of rows. Given / When / Then.
@Suite struct ListReducerTests {
    @Test func startAsksForTheRowsAroundTheSavedArticleAndForTheCounts() {
        // Given a session saved with article 1150 selected, a filter and a sort
        var state = AppState(session: Session(selectedID: 1150, filter: "is:unread", sort: .title), width: 80, height: 24)
        // When the reader starts
        let effects = reduce(&state, .start)
        // Then it asks for the window anchored on that article, and for the counts of the filter
        let query = RowQuery(filter: "is:unread", sort: .title, offset: 0, limit: 200, anchor: 1150)
        #expect(effects == [.loadRows(query), .loadCounts(filter: "is:unread")])
        #expect(state.list.pending == query)
    }

    @Test func theSavedArticleIsSelectedWhenItsWindowArrives() {
        // Given a start anchored on article 1150
        var state = AppState(session: Session(selectedID: 1150), width: 80, height: 24)
        let query = reduce(&state, .start).compactMap { if case .loadRows(let q) = $0 { q } else { nil } }[0]
        // When the runner answers with the window starting at 100 that holds it
        reduce(&state, .rowsLoaded(query, RowWindow(offset: 100, rows: Fixture.rows(100..<300), total: 1204)))
        // Then row 150 is selected, on screen, and the anchor is spent
        #expect(state.list.selected == 150)
        #expect(state.list.selectedRow?.id == 1150)
        #expect((state.list.top...state.list.top + 22).contains(150))
        #expect(state.list.anchor == nil)
        #expect(state.list.pending == nil)
    }

    @Test func movingDownPastTheLastVisibleRowScrollsTheList() {
        // Given 23 visible rows with the last one selected
        var state = Fixture.loaded(total: 100, selected: 22)
        #expect(state.list.top == 0)
        // When moving down
        let effects = reduce(&state, .moveDown)
        // Then the selection and the top move by one, and nothing needs loading
        #expect(state.list.selected == 23)
        #expect(state.list.top == 1)
        #expect(effects == [])
    }

    @Test func movingNearTheEdgeOfTheWindowAsksForTheNextWindowOnce() {
        // Given rows 0–199 of 1,204 loaded, with row 149 selected
        var state = Fixture.loaded(total: 1204, selected: 149)
        // When moving down to row 150, within 50 rows of the window's end
        let effects = reduce(&state, .moveDown)
        // Then the window centred on row 150 is requested
        let query = RowQuery(filter: "", sort: .dateDescending, offset: 50, limit: 200)
        #expect(effects == [.loadRows(query)])
        // When moving again before it arrives
        #expect(reduce(&state, .moveDown) == [])
        // Then nothing more is asked for
        #expect(state.list.pending == query)
    }

    @Test func GJumpsToTheLastArticleAndLoadsTheRowsAroundIt() {
        // Given rows 0–199 of 1,204 loaded
        var state = Fixture.loaded(total: 1204)
        // When pressing G
        let effects = reduce(&state, KeyMap.standard.action(for: .character("G"), in: state)!)
        // Then the selection is total - 1 and the window around it is requested
        #expect(state.list.selected == 1203)
        #expect(state.list.top == 1204 - 23)
        let query = RowQuery(filter: "", sort: .dateDescending, offset: 1004, limit: 200)
        #expect(effects == [.loadRows(query)])
        // When that window arrives
        reduce(&state, .rowsLoaded(query,
                                   RowWindow(offset: 1004, rows: Fixture.rows(1004..<1204), total: 1204)))
        // Then the last row is loaded and selected
        #expect(state.list.selectedRow == Fixture.row(1203))
    }

    @Test func homeGoesBackToTheFirstRow() {
        var state = Fixture.loaded(total: 100, selected: 60)
        reduce(&state, .moveToTop)
        #expect(state.list.selected == 0)
        #expect(state.list.top == 0)
    }

    @Test func pagingMovesAScreenfulAndHalfPagingHalfOfOne() {
        // Given 23 visible rows
        var state = Fixture.loaded(total: 100)
        // When paging down, then half-paging down, then up a page
        reduce(&state, .pageDown)
        #expect(state.list.selected == 23)
        #expect(state.list.top == 23)
        reduce(&state, .halfPageDown)
        #expect(state.list.selected == 34)
        reduce(&state, .pageUp)
        #expect(state.list.selected == 11)
    }

    @Test func movingStopsAtTheEnds() {
        var state = Fixture.loaded(total: 5, selected: 4)
        reduce(&state, .moveDown)
        #expect(state.list.selected == 4)
        reduce(&state, .moveToTop)
        reduce(&state, .moveUp)
        #expect(state.list.selected == 0)
    }

    @Test func rowsThatArriveForAnEarlierFilterAreDropped() {
        // Given the list now shows the filter "tag:b"
        var state = Fixture.loaded(total: 100)
        state.filter.listed = "tag:b"
        // When rows for "tag:a" arrive late
        reduce(&state, .rowsLoaded(RowQuery(filter: "tag:a", sort: .dateDescending, offset: 0, limit: 200),
                                   RowWindow(offset: 0, rows: [Fixture.row(50)], total: 1)))
        // Then the list is unchanged
        #expect(state.list.total == 100)
        #expect(state.list.rows.count == 100)
    }

    @Test func aClickSelectsTheRowUnderThePointerAndASecondClickOpensIt() {
        // Given a list scrolled to row 30
        var state = Fixture.loaded(total: 100, selected: 40)
        state.list.top = 30
        // When clicking the fifth line
        reduce(&state, .click(x: 20, y: 4))
        // Then row 34 is selected
        #expect(state.list.selected == 34)
        // When clicking it again
        let effects = reduce(&state, .click(x: 20, y: 4))
        // Then it opens
        #expect(state.reader?.id == 1034)
        #expect(effects.contains(.loadDocument(id: 1034)))
    }

    @Test func theWheelScrollsWhatIsUnderThePointer() {
        // Given list and pane side by side with an article open
        var state = Fixture.loaded(total: 100, width: 140, height: 40)
        reduce(&state, .openSelected)
        reduce(&state, .documentLoaded(Fixture.document))
        reduce(&state, .resize(width: 140, height: 20))
        // When the wheel turns over the list, then over the pane
        reduce(&state, .scroll(lines: 3, x: 5, y: 5))
        reduce(&state, .scroll(lines: 3, x: 100, y: 5))
        // Then the list selection moved and the pane scrolled
        #expect(state.list.selected == 3)
        #expect(state.reader?.scroll == 3)
    }

    @Test func aResizeKeepsTheSelectionOnScreen() {
        // Given row 40 selected at the bottom of a tall list
        var state = Fixture.loaded(total: 100, selected: 40, height: 50)
        // When the terminal shrinks
        reduce(&state, .resize(width: 80, height: 12))
        // Then the selected row is still visible
        #expect(state.list.top <= 40 && 40 < state.list.top + 11)
    }

    @Test func keysBeforeAResortedWindowArrivesActOnTheArticleThatWasSelected() {
        // Given rows 0–199 of 1,204 loaded, with row 5 selected
        var state = Fixture.loaded(total: 1204, selected: 5)
        let selected = state.list.selectedRow!.id
        // When the sort changes twice and `s` comes before the new window (keys reduced in one
        // batch, or the load put off behind a waiting key)
        let first = reduce(&state, .cycleSort)
        let second = reduce(&state, .cycleSort)
        let effects = reduce(&state, .toggleStar)
        // Then both loads keep that article, and the star goes to it, not to the old first row
        for effect in first + second {
            if case .loadRows(let query) = effect { #expect(query.anchor == selected) }
        }
        #expect(effects.contains(.setStarred(id: selected, true)), "\(effects)")
    }
}

/// `o` and `c` while the new window is on its way (the load may wait behind a key).
@Suite struct RestartedListTests {
    /// The resorted window: rows 300–499 of the new order, article `id` at index 420.
    static func resorted(holding id: Int64) -> RowWindow {
        var rows = Fixture.rows(2300..<2500)
        rows[120] = Fixture.rows(Int(id - 1000)..<Int(id - 999))[0]
        return RowWindow(offset: 300, rows: rows, total: 1204)
    }

    @Test func theOldRowsKeepTheirSelectionUntilTheResortedWindowArrives() {
        // Given rows 0–199 of 1,204 loaded, scrolled to 30, with row 40 selected
        var state = Fixture.loaded(total: 1204, selected: 40)
        state.list.top = 30
        // When the sort changes and the frame is painted before the new window
        reduce(&state, .cycleSort)
        // Then the frame still highlights article 1040 where it was
        #expect(state.list.selected == 40)
        #expect(state.list.top == 30)
        #expect(state.list.selectedRow?.id == 1040)
    }

    @Test func aMoveTypedBeforeTheResortedWindowArrivesIsKept() {
        // Given row 40 selected, and `o` pressed
        var state = Fixture.loaded(total: 1204, selected: 40)
        let stale = reduce(&state, .cycleSort).compactMap { if case .loadRows(let q) = $0 { q } else { nil } }[0]
        // When `j` comes before the new window
        let effects = reduce(&state, .moveDown)
        // Then the next old row is highlighted and the window is asked for around it instead
        #expect(state.list.selectedRow?.id == 1041)
        let query = RowQuery(filter: "", sort: .dateAscending, offset: 0, limit: 200, anchor: 1041)
        #expect(effects == [.loadRows(query)])
        // When the window anchored on 1040 arrives late
        reduce(&state, .rowsLoaded(stale, Self.resorted(holding: 1040)))
        // Then it is dropped: the old rows and the selection stay
        #expect(state.list.selectedRow?.id == 1041)
        #expect(state.list.offset == 0)
        // When the window anchored on 1041 arrives
        reduce(&state, .rowsLoaded(query, Self.resorted(holding: 1041)))
        // Then article 1041 is selected in the new order, on screen
        #expect(state.list.selected == 420)
        #expect(state.list.selectedRow?.id == 1041)
        #expect((state.list.top...state.list.top + 22).contains(420))
        #expect(state.list.anchor == nil)
    }

    @Test func aStarTypedAfterAMoveGoesToTheHighlightedArticle() {
        // Given `c` pressed on row 3 of a filtered list
        var state = Fixture.loaded(total: 40, selected: 3, session: Session(filter: "tag:x"))
        reduce(&state, .clearFilter)
        // When `j` then `s` come before the new window
        reduce(&state, .moveDown)
        let effects = reduce(&state, .toggleStar)
        // Then the star goes to the article the frame highlights
        #expect(state.list.selectedRow?.id == 1004)
        #expect(effects.contains(.setStarred(id: 1004, true)), "\(effects)")
    }

    @Test func anAnchorMissingFromTheNewListStartsItFromTheTop() {
        // Given row 40 selected and `o` pressed
        var state = Fixture.loaded(total: 1204, selected: 40)
        let query = reduce(&state, .cycleSort).compactMap { if case .loadRows(let q) = $0 { q } else { nil } }[0]
        // When the window arrives without the article (deleted meanwhile)
        reduce(&state, .rowsLoaded(query, RowWindow(offset: 0, rows: Fixture.rows(2000..<2200), total: 1203)))
        // Then the first row is selected
        #expect(state.list.selected == 0)
        #expect(state.list.top == 0)
    }
}

extension RestartedListTests {
    @Test func oBeforeTheFirstWindowKeepsTheRestoredArticle() {
        // Given a reader started on a saved article whose window has not arrived
        var state = AppState(session: Session(selectedID: 1150), width: 80, height: 24)
        reduce(&state, .start)
        // When the sort changes
        let effects = reduce(&state, .cycleSort)
        // Then the new window is still anchored on that article
        let query = RowQuery(filter: "", sort: .dateAscending, offset: 0, limit: 200, anchor: 1150)
        #expect(effects.first == .loadRows(query))
    }
}
