import Testing
@testable import ReaderCore

/// Whole screens at 80×24 and 140×40, compared with reviewed text files under `Golden/`.
@Suite struct GoldenScreenTests {
    static let sizes = [(80, 24), (140, 40)]

    func name(_ base: String, _ width: Int, _ height: Int) -> String { "\(base)-\(width)x\(height)" }

    @Test(arguments: sizes) func list(width: Int, height: Int) {
        let state = Fixture.loaded(total: 1204, selected: 3, width: width, height: height)
        assertScreen(state, width: width, height: height, named: name("list", width, height))
    }

    @Test(arguments: sizes) func readingPane(width: Int, height: Int) {
        var state = Fixture.loaded(total: 1204, width: width, height: height)
        state.layoutToggled = width >= 120  // one view at a time, even on a wide terminal
        reduce(&state, .openSelected)
        reduce(&state, .documentLoaded(Fixture.document))
        assertScreen(state, width: width, height: height, named: name("reading", width, height))
    }

    @Test(arguments: sizes) func sideBySide(width: Int, height: Int) {
        var state = Fixture.loaded(total: 1204, width: width, height: height)
        state.layoutToggled = width < 120  // both views: side by side when wide, stacked when narrow
        reduce(&state, .openSelected)
        reduce(&state, .documentLoaded(Fixture.document))
        assertScreen(state, width: width, height: height, named: name("side-by-side", width, height))
    }

    @Test(arguments: sizes) func helpOverlay(width: Int, height: Int) {
        var state = Fixture.loaded(total: 1204, width: width, height: height)
        reduce(&state, .toggleHelp)
        assertScreen(state, width: width, height: height, named: name("help", width, height))
    }

    @Test(arguments: sizes) func filterPrompt(width: Int, height: Int) {
        var state = Fixture.loaded(total: 1204, width: width, height: height)
        reduce(&state, .startFilter)
        reduce(&state, .insertFilterText("section:Science"))
        let query = state.list.pending!
        let science = Fixture.rows(0..<60).filter { $0.section == "Science" }
        reduce(&state, .rowsLoaded(query, RowWindow(offset: 0, rows: science, total: science.count)))
        reduce(&state, .countsLoaded(filter: "section:Science", LibraryCounts(total: 8, unread: 5, starred: 1)))
        assertScreen(state, width: width, height: height, named: name("filter-prompt", width, height))
    }

    /// The rows of a new filter are painted before its unread and starred counts are known.
    @Test(arguments: sizes) func countsPending(width: Int, height: Int) {
        var state = Fixture.loaded(total: 1204, width: width, height: height)
        reduce(&state, .startFilter)
        reduce(&state, .insertFilterText("trade"))
        reduce(&state, .rowsLoaded(state.list.pending!, RowWindow(offset: 0, rows: Fixture.rows(0..<200), total: 14_210)))
        assertScreen(state, width: width, height: height, named: name("counting-prompt", width, height))
        reduce(&state, .submitFilter)
        assertScreen(state, width: width, height: height, named: name("counting", width, height))
    }

    @Test func filterPromptShowsWhereAFilterIsRejected() {
        var state = Fixture.loaded(total: 1204)
        reduce(&state, .startFilter)
        reduce(&state, .insertFilterText("title:\"bike"))
        reduce(&state, .filterRejected(filter: "title:\"bike", message: "unclosed quote; add \"", column: 6))
        assertScreen(state, width: 80, height: 24, named: "filter-rejected-80x24")
    }

    @Test(arguments: sizes) func emptyLibraryWelcome(width: Int, height: Int) {
        var state = AppState(width: width, height: height)
        reduce(&state, .rowsLoaded(state.windowQuery(around: 0), RowWindow(offset: 0, rows: [], total: 0)))
        reduce(&state, .countsLoaded(filter: "", LibraryCounts(total: 0, unread: 0, starred: 0)))
        assertScreen(state, width: width, height: height, named: name("welcome", width, height))
    }

    @Test(arguments: [(39, 24), (80, 7), (12, 3)]) func tooSmall(width: Int, height: Int) {
        let state = Fixture.loaded(total: 1204, width: width, height: height)
        assertScreen(state, width: width, height: height, named: name("too-small", width, height))
    }

    @Test(arguments: sizes) func wideAndCombiningTitlesStayAligned(width: Int, height: Int) {
        var state = Fixture.loaded(total: 8, width: width, height: height)
        let titles = [
            "東京の天気は明日も晴れ、気温は平年より高くなる見込みで、週末には桜の開花も予想されています",
            "서울 지하철 새 노선 개통, 출퇴근 시간 단축 기대와 함께 주변 상권도 활기",
            "Emoji in headlines 🎉🚀 are here to stay, say editors 👩‍💻 and readers 🇫🇷 alike, mostly",
            "Cafe\u{301} owners in Zu\u{308}rich welcome the new pedestrian zone and its fountains",
            "北京：新しい図書館が開館 — ５０万冊の蔵書を公開し、市民の読書を後押し",
            "Plain ASCII headline for comparison, long enough to be cut at the edge of the list",
            "ＦＵＬＬＷＩＤＴＨ　ＬＥＴＴＥＲＳ　ＡＲＥ　ＴＷＯ　ＣＯＬＵＭＮＳ　ＥＡＣＨ　ＡＮＤ　ＴＨＥＹ　ＤＯ　ＮＯＴ　ＳＰＬＩＴ",
            "Mixed 中文 and English words, 한국어 too",
        ]
        for (i, title) in titles.enumerated() { state.list.rows[i].title = title }
        assertScreen(state, width: width, height: height, named: name("cjk-emoji", width, height))
    }
}
