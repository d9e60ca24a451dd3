import Foundation
import Testing

/// What the reader remembers between runs, and what it hands to the browser.
@Suite struct ReaderSessionTests {
    /// Quitting with `q` or with Ctrl-C (SIGINT, which must reach the reader's own quit, not kill
    /// it) both save the session.
    @Test(arguments: ["q", "C-c"])
    func theSelectionAndSortComeBackOnTheNextStart(quitKey: String) throws {
        guard let fixture = try ReaderFixture.make("session") else { return }
        defer { fixture.remove() }
        do {
            let first = try fixture.startReader()
            defer { first.kill() }
            first.send("o")
            #expect(first.waitFor("oldest first") != nil, "o did not change the sort:\n\(first.screen())")
            // The help overlay opening shows `g j` were read: a Ctrl-C sent sooner could flush them
            // from the terminal's input queue.
            first.send("g", "j", "?")
            #expect(first.waitFor("? or Esc closes") != nil, "? did not open the help:\n\(first.screen())")
            first.send("?")
            #expect(first.waitFor { !$0.contains("? or Esc closes") } != nil)
            first.send(quitKey)
            _ = first.waitFor(timeout: 5) { $0.isEmpty }
        }
        let saved = fixture.folder.appendingPathComponent("folio/session.json")
        #expect(FileManager.default.fileExists(atPath: saved.path), "no session file at \(saved.path)")

        let second = try fixture.startReader()
        defer { second.kill() }
        #expect(second.waitFor("oldest first") != nil, "the sort was not restored:\n\(second.screen())")
        second.send("Enter")
        // Oldest first, the second row is the library story.
        #expect(second.waitFor("The central library will keep its main reading room") != nil,
                "the selection was not restored:\n\(second.screen())")
    }

    @Test func xOpensTheSourceWithBrowserAsAnArgumentVector() throws {
        guard let fixture = try ReaderFixture.make("browser") else { return }
        defer { fixture.remove() }
        let record = fixture.folder.appendingPathComponent("browser-args.txt")
        let script = fixture.folder.appendingPathComponent("fake-browser")
        try "#!/bin/sh\nprintf '%s\\n' \"$@\" > \(ReaderProcess.shellQuoted(record.path))\n"
            .write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)

        let session = try fixture.startReader(extraEnvironment: ["BROWSER": script.path + " --new-window"])
        defer { session.kill() }
        session.send("j", "j", "Enter")
        #expect(session.waitFor("The harbour bridge opened") != nil)
        session.send("x")

        var arguments: [String] = []
        for _ in 0..<300 where arguments.count < 2 {
            arguments = ((try? String(contentsOf: record, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            usleep(50_000)
        }
        #expect(arguments.first == "--new-window")
        #expect(arguments.count == 2 && arguments[1].hasPrefix("file://")
                && arguments[1].hasSuffix("harbour-bridge-reopens.txt"), "browser got \(arguments)")
    }
}
