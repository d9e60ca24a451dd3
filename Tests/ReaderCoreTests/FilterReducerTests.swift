import Testing
@testable import ReaderCore

/// The `/` prompt, live narrowing, history, `c` and `o`. Given / When / Then.
@Suite struct FilterReducerTests {
    func query(_ filter: String, sort: Sort = .dateDescending, anchor: Int64? = nil) -> RowQuery {
        RowQuery(filter: filter, sort: sort, offset: 0, limit: 200, anchor: anchor)
    }

    @Test func eachKeystrokeNarrowsTheListAtOnce() {
        // Given the list with row 5 selected and the prompt open
        var state = Fixture.loaded(total: 40, selected: 5)
        reduce(&state, .startFilter)
        // When typing "ab"
        let first = reduce(&state, .insertFilterText("a"))
        let second = reduce(&state, .insertFilterText("b"))
        // Then each keystroke asks for rows and counts of the new text, from the top
        #expect(first == [.loadRows(query("a")), .loadCounts(filter: "a")])
        #expect(second == [.loadRows(query("ab")), .loadCounts(filter: "ab")])
        #expect(state.filter.listed == "ab")
        #expect(state.list.selected == 0)
        // When Backspace
        #expect(reduce(&state, .deleteFilterBackward) == [.loadRows(query("a")), .loadCounts(filter: "a")])
    }

    @Test func theNarrowedListComesFirstAndItsCountsFollow() {
        // Given the whole list with its counts, and the prompt open
        var state = Fixture.loaded(total: 40)
        reduce(&state, .startFilter)
        // When typing "t"
        let effects = reduce(&state, .insertFilterText("t"))
        // Then the old filter's counts are gone, and the rows are asked for before the counts
        #expect(state.counts == nil)
        #expect(effects == [.loadRows(query("t")), .loadCounts(filter: "t")])
        // When the rows arrive
        reduce(&state, .rowsLoaded(query("t"), RowWindow(offset: 0, rows: Fixture.rows(0..<12), total: 12)))
        // Then the status line knows how many match, and is still counting the rest
        #expect(state.list.total(for: "t") == 12)
        #expect(state.counts == nil)
    }

    @Test func countsForAFilterNoLongerListedAreDropped() {
        // Given "tr" typed, its rows shown, its counts not counted yet
        var state = Fixture.loaded(total: 40)
        reduce(&state, .startFilter)
        reduce(&state, .insertFilterText("tr"))
        reduce(&state, .rowsLoaded(query("tr"), RowWindow(offset: 0, rows: Fixture.rows(0..<30), total: 30)))
        // When the counts of an older filter ("t", "") arrive late
        reduce(&state, .countsLoaded(filter: "t", LibraryCounts(total: 35, unread: 20, starred: 3)))
        reduce(&state, .countsLoaded(filter: "", LibraryCounts(total: 40, unread: 26, starred: 5)))
        // Then they are not shown as the counts of "tr"
        #expect(state.counts == nil)
        // When the counts of "tr" arrive
        reduce(&state, .countsLoaded(filter: "tr", LibraryCounts(total: 30, unread: 18, starred: 4)))
        // Then they are shown
        #expect(state.counts == LibraryCounts(total: 30, unread: 18, starred: 4))
    }

    @Test func theCursorEditsInTheMiddle() {
        var state = Fixture.loaded(total: 40)
        reduce(&state, .startFilter)
        reduce(&state, .insertFilterText("ac"))
        reduce(&state, .moveFilterCursor(-1))
        reduce(&state, .insertFilterText("b"))
        #expect(state.filter.prompt?.text == "abc")
        #expect(state.filter.prompt?.cursor == 2)
    }

    @Test func enterKeepsTheFilterAndRemembersIt() {
        var state = Fixture.loaded(total: 40)
        reduce(&state, .startFilter)
        reduce(&state, .insertFilterText("tag:x"))
        let effects = reduce(&state, .submitFilter)
        #expect(state.filter.prompt == nil)
        #expect(state.filter.listed == "tag:x")
        #expect(state.filter.history == ["tag:x"])
        // (the old rows stay on screen until the narrowed ones arrive, so row 0 is still 1000)
        #expect(effects == [.persistSession(Session(selectedID: 1000, filter: "tag:x", filterHistory: ["tag:x"]))])
    }

    @Test func escapeRestoresTheFilterAndSelectionFromBefore() {
        // Given the filter "old" with article 1007 selected
        var state = Fixture.loaded(total: 40, selected: 7, session: Session(filter: "old"))
        reduce(&state, .startFilter)
        reduce(&state, .insertFilterText("er"))
        // When pressing Esc
        let effects = reduce(&state, .cancelFilter)
        // Then "old" is back and its rows are loaded around article 1007
        #expect(state.filter.prompt == nil)
        #expect(state.filter.listed == "old")
        #expect(effects == [.loadRows(query("old", anchor: 1007)), .loadCounts(filter: "old")])
    }

    @Test func upAndDownWalkTheHistoryAndComeBackToTheTypedText() {
        var state = Fixture.loaded(total: 40, session: Session(filterHistory: ["one", "two"]))
        reduce(&state, .startFilter)
        reduce(&state, .insertFilterText("thr"))
        reduce(&state, .filterHistoryPrevious)
        #expect(state.filter.prompt?.text == "two")
        reduce(&state, .filterHistoryPrevious)
        reduce(&state, .filterHistoryPrevious)
        #expect(state.filter.prompt?.text == "one")
        #expect(state.filter.listed == "one")
        reduce(&state, .filterHistoryNext)
        reduce(&state, .filterHistoryNext)
        #expect(state.filter.prompt?.text == "thr")
    }

    @Test func historyKeepsOneCopyOfEachFilterNewestLast() {
        var state = Fixture.loaded(total: 40, session: Session(filterHistory: ["a", "b"]))
        reduce(&state, .startFilter)
        reduce(&state, .setFilterText("a"))
        reduce(&state, .submitFilter)
        #expect(state.filter.history == ["b", "a"])
    }

    @Test func aRejectedFilterShowsWhereAndKeepsThePromptOpen() {
        // Given typing an unclosed quote
        var state = Fixture.loaded(total: 40)
        reduce(&state, .startFilter)
        reduce(&state, .insertFilterText("\"ab"))
        // When the runner rejects it
        reduce(&state, .filterRejected(filter: "\"ab", message: "unclosed quote", column: 0))
        // Then the error is kept with its column, the old rows stay, Enter does not close the prompt
        #expect(state.filter.error == FilterState.Rejection(filter: "\"ab", message: "unclosed quote", column: 0))
        #expect(state.list.rows.count == 40)
        reduce(&state, .submitFilter)
        #expect(state.filter.prompt != nil)
        // When the quote is closed
        reduce(&state, .insertFilterText("\""))
        // Then the error is gone
        #expect(state.filter.error == nil)
    }

    @Test func aSavedFilterThatNoLongerParsesIsDropped() {
        var state = AppState(session: Session(filter: "bad("))
        reduce(&state, .start)
        let effects = reduce(&state, .filterRejected(filter: "bad(", message: "unclosed parenthesis", column: 3))
        #expect(state.filter.listed == "")
        #expect(state.message?.isError == true)
        #expect(effects == [.loadRows(query("")), .loadCounts(filter: "")])
    }

    @Test func cClearsTheFilterAndKeepsTheSelection() {
        var state = Fixture.loaded(total: 40, selected: 3, session: Session(filter: "tag:x"))
        let effects = reduce(&state, .clearFilter)
        #expect(state.filter.listed == "")
        #expect(effects.first == .loadRows(query("", anchor: 1003)))
        #expect(effects.contains(.loadCounts(filter: "")))
    }

    @Test func oCyclesTheSortKeepingTheSelectedArticle() {
        var state = Fixture.loaded(total: 40, selected: 3)
        let counts = state.counts
        let effects = reduce(&state, .cycleSort)
        #expect(state.sort == .dateAscending)
        // The same articles in another order: the counts stay, nothing is counted again
        #expect(effects == [.loadRows(query("", sort: .dateAscending, anchor: 1003)),
                            .persistSession(Session(selectedID: 1003, sort: .dateAscending))])
        #expect(state.counts == counts)
        reduce(&state, .cycleSort)
        reduce(&state, .cycleSort)
        reduce(&state, .cycleSort)
        #expect(state.sort == .dateDescending)
    }
}
