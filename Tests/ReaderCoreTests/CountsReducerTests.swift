import Testing
@testable import ReaderCore

/// The unread and starred counts of the listed filter, and what happens when they fail.
/// Given / When / Then.
@Suite struct CountsReducerTests {
    /// The status line of `state` on an 80×24 terminal.
    static func statusLine(_ state: AppState) -> String {
        String(render(state, width: 80, height: 24).text.split(separator: "\n").last ?? "")
    }

    @Test func aCountThatFailsSaysWhyAndShowsTheCountsAsUnknown() {
        // Given a filter whose rows are shown and whose counts are on their way
        var state = Fixture.loaded(total: 40, session: Session(filter: "tag:x"))
        state.counts = nil
        #expect(Self.statusLine(state).contains("counting…"))
        // When counting fails
        let effects = reduce(&state, .countsFailed(filter: "tag:x", message: "disk I/O error"))
        // Then the status line gives the error and no longer says "counting…"
        #expect(effects == [])
        #expect(state.message == StatusMessage("Could not count the articles: disk I/O error", isError: true))
        let line = Self.statusLine(state)
        #expect(line.contains("40 articles · counts unknown"), "\(line)")
        #expect(!line.contains("counting…"))
    }

    @Test func theNextKeyAsksForFailedCountsAgain() {
        // Given counts that failed
        var state = Fixture.loaded(total: 40, session: Session(filter: "tag:x"))
        state.counts = nil
        reduce(&state, .countsFailed(filter: "tag:x", message: "disk I/O error"))
        // When a key is pressed
        let effects = reduce(&state, .moveDown)
        // Then the counts are asked for again (once), and the status line says "counting…"
        #expect(effects == [.loadCounts(filter: "tag:x")])
        #expect(Self.statusLine(state).contains("counting…"))
        #expect(reduce(&state, .moveDown) == [])
        // When they arrive
        reduce(&state, .countsLoaded(filter: "tag:x", LibraryCounts(total: 40, unread: 20, starred: 3)))
        // Then they are shown
        #expect(Self.statusLine(state).contains("40 articles · 20 unread · 3 starred"))
    }

    @Test func aFailureForAFilterNoLongerListedIsDropped() {
        // Given the list now shows "tag:y"
        var state = Fixture.loaded(total: 40, session: Session(filter: "tag:y"))
        state.counts = nil
        // When counting "tag:x" fails late
        reduce(&state, .countsFailed(filter: "tag:x", message: "disk I/O error"))
        // Then nothing changes: "tag:y" is still being counted
        #expect(!state.countsFailed)
        #expect(state.message == nil)
    }
}
