import Foundation
import ReaderCore
import Testing
@testable import folio

/// The pieces of `folio` that wire the reader to the OS, without a terminal.
@Suite struct ReaderWiringTests {
    // MARK: - Effects

    @Test func aBurstOfFilterKeysRunsOnlyTheLastLoadOfEachKind() {
        let a = RowQuery(filter: "t", sort: .dateDescending, offset: 0, limit: 200)
        let b = RowQuery(filter: "tr", sort: .dateDescending, offset: 0, limit: 200)
        let effects: [Effect] = [
            .loadRows(a), .loadCounts(filter: "t"), .setStarred(id: 7, true),
            .loadRows(b), .loadCounts(filter: "tr"),
        ]
        #expect(EffectRunner.coalesce(effects) == [.setStarred(id: 7, true), .loadRows(b), .loadCounts(filter: "tr")])
    }

    @Test func marksAndOtherEffectsAreNeverDropped() {
        let effects: [Effect] = [.setRead(id: 1, true), .setRead(id: 2, true), .persistSession(Session()), .quit]
        #expect(EffectRunner.coalesce(effects) == effects)
    }

    // MARK: - Opening the source

    @Test func withoutBrowserTheSourceGoesToXdgOpen() {
        let opener = SourceOpener(environment: [:])
        #expect(opener.arguments(for: .url("https://example.org/a?b=1&c=$(x)")) == ["xdg-open", "https://example.org/a?b=1&c=$(x)"])
        #expect(opener.arguments(for: .path("/tmp/a page.txt")) == ["xdg-open", "/tmp/a page.txt"])
    }

    @Test func browserIsSplitIntoWordsNeverHandedToAShell() {
        let opener = SourceOpener(environment: ["BROWSER": "firefox --new-window:chromium"])
        #expect(opener.arguments(for: .url("https://example.org/;rm -rf ~")) == ["firefox", "--new-window", "https://example.org/;rm -rf ~"])
    }

    @Test func aPercentSPlaceholderTakesTheTarget() {
        let opener = SourceOpener(environment: ["BROWSER": "w3m %s -dump"])
        #expect(opener.arguments(for: .url("https://example.org/")) == ["w3m", "https://example.org/", "-dump"])
    }

    @Test func aFileOpenedInABrowserBecomesAFileURL() {
        let opener = SourceOpener(environment: ["BROWSER": "lynx"])
        #expect(opener.arguments(for: .path("/tmp/a page.txt")) == ["lynx", "file:///tmp/a%20page.txt"])
    }

    @Test func aBrowserThatCannotStartIsAnErrorNotACrash() {
        let opener = SourceOpener(environment: ["BROWSER": "/nonexistent/folio-test-browser"])
        #expect(throws: SourceOpener.OpenError.self) { try opener.open(.url("https://example.org/")) }
    }

    // MARK: - Sessions

    @Test func sessionsAreKeptPerLibraryUnderXdgStateHome() throws {
        let state = try ReaderProcess.temporaryDirectory("sessions")
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["XDG_STATE_HOME": state.path, "HOME": "/nonexistent"]
        let first = try #require(SessionFile(libraryPath: "/lib/one.sqlite", environment: environment))
        let second = try #require(SessionFile(libraryPath: "/lib/two.sqlite", environment: environment))
        #expect(first.url.path == state.path + "/folio/session.json")

        let saved = Session(selectedID: 42, filter: "trade -trump", sort: .title, filterHistory: ["trade", "trade -trump"])
        first.save(saved)
        second.save(Session(selectedID: 7))
        #expect(first.load() == saved)
        #expect(second.load().selectedID == 7)
        #expect(second.load().filter == "")
    }

    @Test func withoutXdgStateHomeTheSessionLivesUnderHome() throws {
        let file = try #require(SessionFile(libraryPath: "/lib/x.sqlite", environment: ["HOME": "/home/ada"]))
        #expect(file.url.path == "/home/ada/.local/state/folio/session.json")
    }

    @Test func aDamagedSessionFileStartsAFreshSession() throws {
        let state = try ReaderProcess.temporaryDirectory("bad-session")
        defer { try? FileManager.default.removeItem(at: state) }
        let file = try #require(SessionFile(libraryPath: "/lib/x.sqlite", environment: ["XDG_STATE_HOME": state.path]))
        try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: file.url)
        #expect(file.load() == Session())
    }

    @Test func aDamagedSessionFileIsKeptAsideNotOverwritten() throws {
        let state = try ReaderProcess.temporaryDirectory("damaged-session")
        defer { try? FileManager.default.removeItem(at: state) }
        let file = try #require(SessionFile(libraryPath: "/lib/x.sqlite", environment: ["XDG_STATE_HOME": state.path]))
        try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let damaged = Data("{ \"libraries\": { \"/lib/other.sqlite\": ".utf8)
        try damaged.write(to: file.url)

        file.save(Session(selectedID: 3))
        #expect(try Data(contentsOf: file.asideURL) == damaged, "the damaged file was not kept as session.json.corrupt")
        #expect(file.asideURL.lastPathComponent == "session.json.corrupt")
        #expect(file.load().selectedID == 3, "a fresh file should hold the new session")
        let notice = try #require(file.notice, "the person was not told")
        #expect(notice.contains("session.json.corrupt"))

        file.save(Session(selectedID: 4))
        #expect(file.notice == notice, "said once")
        #expect(try Data(contentsOf: file.asideURL) == damaged)
    }

    @Test func aSaveMergesWithWhatAnotherReaderSavedSinceThisOneStarted() throws {
        let state = try ReaderProcess.temporaryDirectory("merge-session")
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["XDG_STATE_HOME": state.path]
        let mine = try #require(SessionFile(libraryPath: "/lib/mine.sqlite", environment: environment))
        let theirs = try #require(SessionFile(libraryPath: "/lib/theirs.sqlite", environment: environment))
        // Given both readers loaded (nothing) at start, when each saves in turn, then neither
        // entry is lost.
        _ = mine.load()
        _ = theirs.load()
        mine.save(Session(selectedID: 1))
        theirs.save(Session(selectedID: 2))
        mine.save(Session(selectedID: 10))
        #expect(theirs.load().selectedID == 2)
        #expect(mine.load().selectedID == 10)
        #expect(mine.notice == nil && theirs.notice == nil)
    }
}
