import Foundation
import Testing

/// The reader gives the terminal back: the shell's screen returns and the line discipline is
/// cooked again (`icanon`, `echo`), however the reader ends.
@Suite struct ReaderTerminalRestoreTests {
    /// Starts a shell in tmux, runs `folio` in it, and returns the session once the reader is up.
    private func startReaderInShell(_ folio: String, tmux: String, dir: URL) throws -> ReaderTmux {
        let session = try ReaderTmux(
            tmux: tmux, width: 100, height: 30, command: ["sh"],
            environment: ["PS1": "$ ", "XDG_STATE_HOME": dir.path, "HOME": dir.path]
        )
        let library = dir.appendingPathComponent("lib.sqlite").path
        session.type("echo before-folio; \(ReaderProcess.shellQuoted(folio)) --library \(ReaderProcess.shellQuoted(library))")
        session.send("Enter")
        // The reader is up when its welcome (an empty library) has replaced the shell's lines.
        let up = session.waitFor { $0.contains("folio demo") && !$0.contains("before-folio") }
        #expect(up != nil, "the reader never took the screen:\n\(session.screen())")
        return session
    }

    /// Once the shell is back, asks it for the reader's exit status and the line settings.
    private func shellReport(_ session: ReaderTmux) throws -> String {
        // The reader now quits in order on these signals (saving its session): what is typed
        // before the shell's screen is back would go to the reader, not the shell.
        let back = session.waitFor("before-folio")
        try #require(back != nil, "the reader did not give the screen back:\n\(session.screen())")
        session.type("echo \"folio-exit=$?\"; stty -a")
        session.send("Enter")
        let after = session.waitFor { $0.contains("folio-exit=") && $0.contains("icanon") }
        return try #require(after, "the shell did not come back:\n\(session.screen())")
    }

    @Test func ctrlCRestoresTheShellsScreenAndLineMode() throws {
        guard let tmux = ReaderProcess.tmux else {
            print("skipping: tmux is not installed (CI installs it)")
            return
        }
        let folio = try #require(ReaderProcess.folio, "build folio first (swift build)")
        let dir = try ReaderProcess.temporaryDirectory("ctrl-c")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try startReaderInShell(folio, tmux: tmux, dir: dir)
        defer { session.kill() }

        session.send("C-c")
        let shown = try shellReport(session)
        #expect(shown.contains("folio-exit=130"), "the reader should die of SIGINT (128 + 2)")
        #expect(shown.contains("before-folio"), "the shell's screen was not restored")
        #expect(!shown.contains("-icanon"), "the terminal was left in cbreak mode")
        #expect(!shown.contains("-echo "), "the terminal was left without echo")
    }

    @Test func sigtermRestoresTheTerminalAndReportsTheSignal() throws {
        guard let tmux = ReaderProcess.tmux else {
            print("skipping: tmux is not installed (CI installs it)")
            return
        }
        let folio = try #require(ReaderProcess.folio, "build folio first (swift build)")
        let dir = try ReaderProcess.temporaryDirectory("sigterm")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try startReaderInShell(folio, tmux: tmux, dir: dir)
        defer { session.kill() }

        // Signal the reader, which is the pane shell's only child.
        let pane = try ReaderProcess.run(tmux, ["-S", session.socket, "display-message", "-p", "-t", "T", "#{pane_pid}"])
        let shellPID = pane.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try ReaderProcess.run("/usr/bin/pgrep", ["-P", shellPID])
        let readerPID = try #require(Int32(children.stdout.split(separator: "\n").first ?? ""), "no reader process")
        kill(readerPID, SIGTERM)

        let shown = try shellReport(session)
        #expect(shown.contains("folio-exit=143"), "the reader should die of SIGTERM (128 + 15)")
        #expect(shown.contains("before-folio"))
        #expect(!shown.contains("-icanon"))
    }

    /// A library that cannot be opened is reported on a plain terminal: the reader never takes
    /// the screen first (no escape sequence reaches the terminal before the error).
    @Test func aBadLibraryIsReportedWithoutTakingTheScreen() throws {
        guard let tmux = ReaderProcess.tmux else {
            print("skipping: tmux is not installed (CI installs it)")
            return
        }
        let folio = try #require(ReaderProcess.folio, "build folio first (swift build)")
        let dir = try ReaderProcess.temporaryDirectory("bad-library")
        defer { try? FileManager.default.removeItem(at: dir) }
        let notALibrary = dir.appendingPathComponent("notes.txt")
        try String(repeating: "not a database\n", count: 100).write(to: notALibrary, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("pane-output")

        let session = try ReaderTmux(
            tmux: tmux, width: 100, height: 30, command: ["sh"],
            environment: ["PS1": "$ ", "XDG_STATE_HOME": dir.path, "HOME": dir.path]
        )
        defer { session.kill() }
        // Everything the pane's programs write, escapes included, from here on.
        session.pipeOutput(to: output.path)
        session.type("\(ReaderProcess.shellQuoted(folio)) --library \(ReaderProcess.shellQuoted(notALibrary.path)); echo \"folio-exit=$?\"")
        session.send("Enter")
        // The status, not the echo of the typed command.
        let exited = { (text: String) in text.range(of: "folio-exit=[0-9]", options: .regularExpression) != nil }
        let shown = try #require(session.waitFor(exited), "the shell did not come back:\n\(session.screen())")
        #expect(shown.contains("is not a Folio library"), "the error is missing:\n\(shown)")
        #expect(!shown.contains("folio-exit=0"))

        var written = ""
        for _ in 0..<100 where !exited(written) {
            written = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            usleep(50_000)
        }
        #expect(written.contains("is not a Folio library"), "pipe-pane recorded: \(written.debugDescription)")
        #expect(!written.contains("\u{1B}"), "the reader drew on the terminal before failing: \(written.debugDescription)")
    }
}
