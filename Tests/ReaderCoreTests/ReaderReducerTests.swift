import Testing
@testable import ReaderCore

/// Opening, paging and marking articles. Given / When / Then.
@Suite struct ReaderReducerTests {
    /// A narrow reader with row `i` open and its document loaded.
    func reading(_ i: Int = 0, total: Int = 40, height: Int = 24) -> AppState {
        var state = Fixture.loaded(total: total, selected: i, height: height)
        reduce(&state, .openSelected)
        reduce(&state, .documentLoaded(Fixture.document(for: i)))
        return state
    }

    @Test func openingAnUnreadArticleLoadsItAndMarksItReadAtOnce() {
        // Given an unread article selected (row 0), with 26 unread
        var state = Fixture.loaded(total: 40)
        #expect(state.list.rows[0].isRead == false)
        // When opening it
        let effects = reduce(&state, .openSelected)
        // Then it loads, the mark is written, the row and counts show it read, the reader has focus
        #expect(effects == [.loadDocument(id: 1000), .setRead(id: 1000, true)])
        #expect(state.list.rows[0].isRead)
        #expect(state.counts?.unread == 25)
        #expect(state.focus == .reader)
        #expect(state.reader == ReaderState(id: 1000))
    }

    @Test func openingAReadArticleWritesNoMark() {
        var state = Fixture.loaded(total: 40, selected: 1)
        #expect(reduce(&state, .openSelected) == [.loadDocument(id: 1001)])
    }

    @Test func aDocumentForAnotherArticleIsIgnored() {
        var state = Fixture.loaded(total: 40)
        reduce(&state, .openSelected)
        reduce(&state, .documentLoaded(Fixture.document(for: 3)))
        #expect(state.reader?.document == nil)
    }

    @Test func backAndQReturnToTheListAndQOnTheListQuits() {
        // Given an open article
        var state = reading()
        // When pressing h, then opening again and pressing q
        reduce(&state, .back)
        #expect(state.focus == .list)
        reduce(&state, .openSelected)
        #expect(reduce(&state, .backOrQuit) == [])
        #expect(state.focus == .list)
        // When pressing q on the list
        let effects = reduce(&state, .backOrQuit)
        // Then the session is saved and the reader quits
        #expect(effects == [.persistSession(Session(selectedID: 1000)), .quit])
        #expect(state.isQuitting)
    }

    @Test func spacePagesTheArticleThenOpensTheNextUnreadOne() {
        // Given article 0 open in a 12-line terminal (11 lines of pane)
        var state = reading(0, height: 12)
        // When pressing Space
        reduce(&state, .pageOrNextUnread)
        // Then the pane scrolls by a page less two lines of context
        #expect(state.reader?.scroll == 9)
        // When pressing Space until the end, and once more
        while state.reader!.scroll < state.maxReaderScroll { reduce(&state, .pageOrNextUnread) }
        let effects = reduce(&state, .pageOrNextUnread)
        // Then the next unread article (row 2; row 1 is read) opens
        #expect(state.list.selected == 2)
        #expect(effects == [.loadDocument(id: 1002), .setRead(id: 1002, true)])
    }

    @Test func nextUnreadLooksBeyondTheLoadedWindow() {
        // Given rows 0–199 of 400 loaded, all read, row 10 selected
        var state = Fixture.loaded(total: 400, selected: 10)
        for i in state.list.rows.indices { state.list.rows[i].isRead = true }
        // When pressing N
        let effects = reduce(&state, .nextUnread)
        // Then the next window is requested
        let query = RowQuery(filter: "", sort: .dateDescending, offset: 200, limit: 200)
        #expect(effects == [.loadRows(query)])
        // When it arrives with an unread row at 203
        var rows = Fixture.rows(200..<400)
        for i in rows.indices { rows[i].isRead = i != 3 }
        reduce(&state, .rowsLoaded(query, RowWindow(offset: 200, rows: rows, total: 400)))
        // Then that row is selected
        #expect(state.list.selected == 203)
        #expect(state.list.seekingUnread == false)
    }

    @Test func nextUnreadSaysSoWhenThereIsNone() {
        var state = Fixture.loaded(total: 5)
        for i in state.list.rows.indices { state.list.rows[i].isRead = true }
        #expect(reduce(&state, .nextUnread) == [])
        #expect(state.message == StatusMessage("No unread articles below."))
    }

    @Test func nAndPOpenTheNeighboursWhileReading() {
        // Given row 3 open (row 4 is already read)
        var state = reading(3)
        #expect(reduce(&state, .nextArticle) == [.loadDocument(id: 1004)])
        #expect(state.reader?.id == 1004)
        reduce(&state, .previousArticle)
        reduce(&state, .previousArticle)
        #expect(state.reader?.id == 1002)
    }

    @Test func starringIsShownAtOnceAndWritten() {
        // Given an unstarred article open, 5 starred in the library
        var state = reading(0)
        // When pressing s
        let effects = reduce(&state, .toggleStar)
        // Then the row, the document and the counts show the star, and it is written
        #expect(effects == [.setStarred(id: 1000, true)])
        #expect(state.list.rows[0].isStarred)
        #expect(state.reader?.document?.isStarred == true)
        #expect(state.counts?.starred == 6)
        #expect(state.message == StatusMessage("Starred."))
        // When pressing s again
        #expect(reduce(&state, .toggleStar) == [.setStarred(id: 1000, false)])
        #expect(state.counts?.starred == 5)
    }

    @Test func rTogglesTheReadMarkOfTheSelectedRow() {
        var state = Fixture.loaded(total: 40, selected: 1)
        #expect(reduce(&state, .toggleRead) == [.setRead(id: 1001, false)])
        #expect(state.list.rows[1].isRead == false)
    }

    @Test func aFailedMarkReloadsWhatTheLibraryHolds() {
        // Given a star that was shown at once
        var state = reading(0)
        reduce(&state, .toggleStar)
        // When the write fails
        let effects = reduce(&state, .markFailed(id: 1000, message: "disk full"))
        // Then the error shows and the rows, counts and document are reloaded
        #expect(state.message == StatusMessage("Could not save the mark: disk full", isError: true))
        #expect(effects == [
            .loadRows(RowQuery(filter: "", sort: .dateDescending, offset: 0, limit: 200)),
            .loadCounts(filter: ""), .loadDocument(id: 1000),
        ])
    }

    @Test func theSourceOfTheOpenArticleOpensAtOnce() {
        var state = reading(0)
        #expect(reduce(&state, .openSource) == [.openSource(.url("https://harbor-times.test/2024/03/28/bike-lanes"))])
    }

    @Test func onTheListTheSourceOpensOnceTheDocumentArrives() {
        // Given the list, nothing open
        var state = Fixture.loaded(total: 40)
        // When pressing O
        let effects = reduce(&state, .openSource)
        // Then the article is opened (its source is only in the document)
        #expect(effects == [.loadDocument(id: 1000), .setRead(id: 1000, true)])
        // When the document arrives, its source is opened, once
        #expect(reduce(&state, .documentLoaded(Fixture.document)) == [.openSource(.url("https://harbor-times.test/2024/03/28/bike-lanes"))])
        #expect(reduce(&state, .documentLoaded(Fixture.document)) == [])
    }

    @Test func anArticleWithoutASourceSaysSo() {
        var state = reading(3)
        #expect(reduce(&state, .openSource) == [])
        #expect(state.message?.isError == true)
    }

    @Test func aFailedDocumentIsAnErrorInThePaneNotACrash() {
        var state = Fixture.loaded(total: 40)
        reduce(&state, .openSelected)
        reduce(&state, .documentFailed(id: 1000, message: "article 1000 is gone"))
        #expect(state.reader?.error == "article 1000 is gone")
        #expect(render(state, width: 80, height: 24).text.contains("Could not open this article."))
    }

    @Test func anyKeyClosesTheHelpFirst() {
        var state = Fixture.loaded(total: 40)
        reduce(&state, .toggleHelp)
        #expect(state.showsHelp)
        #expect(reduce(&state, .moveDown) == [])
        #expect(state.showsHelp == false)
        #expect(state.list.selected == 0)
    }

    @Test func vSwitchesBetweenSideBySideAndOneView() {
        var state = reading(0, height: 24)
        #expect(Layout(state).list == nil)  // narrow: the article fills the screen
        reduce(&state, .toggleLayout)
        #expect(Layout(state).list != nil && Layout(state).pane != nil)
    }
}
