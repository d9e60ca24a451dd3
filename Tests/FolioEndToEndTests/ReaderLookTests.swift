import Foundation
import Testing

/// What the reader looks like beyond its text: the welcome, colours, suspend and resume.
@Suite struct ReaderLookTests {
    @Test func anEmptyLibraryOpensOnTheWelcome() throws {
        guard let tmux = ReaderProcess.tmux else {
            print("skipping: tmux is not installed (CI installs it)")
            return
        }
        let folio = try #require(ReaderProcess.folio, "build folio first (swift build)")
        let folder = try ReaderProcess.temporaryDirectory("welcome")
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try ReaderTmux(
            tmux: tmux, width: 100, height: 30,
            command: [folio, "--library", folder.appendingPathComponent("empty.sqlite").path],
            environment: ["XDG_STATE_HOME": folder.path, "HOME": folder.path]
        )
        defer { session.kill() }
        let shown = session.waitFor { $0.contains("folio import") && $0.contains("folio demo") }
        #expect(shown != nil, "no welcome on an empty library:\n\(session.screen())")
    }

    @Test func noColorLeavesOnlyBoldReverseAndUnderline() throws {
        guard let fixture = try ReaderFixture.make("nocolor") else { return }
        defer { fixture.remove() }
        let colored = try fixture.startReader()
        defer { colored.kill() }
        colored.send("s", "j")  // a star off the selected row is drawn in its colour
        let withColor = colored.waitFor { $0.contains("1 starred") }.map { _ in styledScreen(colored) } ?? ""
        #expect(Self.hasColor(withColor), "expected some colour without NO_COLOR:\n\(withColor)")

        let plain = try fixture.startReader(extraEnvironment: ["NO_COLOR": "1"])
        defer { plain.kill() }
        let withoutColor = styledScreen(plain)
        #expect(!Self.hasColor(withoutColor), "NO_COLOR still paints colours")
        #expect(withoutColor.contains("\u{1B}[7m") || withoutColor.contains(";7m"),
                "the selection should still be reverse video")
    }

    @Test func ctrlZSuspendsAndFgRedrawsTheReader() throws {
        guard let fixture = try ReaderFixture.make("suspend") else { return }
        defer { fixture.remove() }
        let session = try ReaderTmux(
            tmux: fixture.tmux, width: 100, height: 30, command: ["bash", "--norc", "--noprofile", "-i"],
            environment: fixture.environment.merging(["PS1": "$ "]) { $1 }
        )
        defer { session.kill() }
        session.type("\(ReaderProcess.shellQuoted(fixture.folio)) --library \(ReaderProcess.shellQuoted(fixture.library))")
        session.send("Enter")
        #expect(session.waitFor("Late frost threatens") != nil, "the reader did not start:\n\(session.screen())")

        session.send("C-z")
        #expect(session.waitFor("Stopped") != nil, "Ctrl-Z did not suspend:\n\(session.screen())")
        session.type("fg")
        session.send("Enter")
        #expect(session.waitFor { $0.contains("Late frost threatens") && $0.contains("5 articles") } != nil,
                "fg did not bring the reader back:\n\(session.screen())")
        session.send("Enter")
        #expect(session.waitFor("Apple growers in the upper valley") != nil, "keys stopped working after fg")
    }

    /// The pane with its SGR escape sequences.
    private func styledScreen(_ session: ReaderTmux) -> String {
        (try? ReaderProcess.run(ReaderProcess.tmux!, ["-S", session.socket, "capture-pane", "-p", "-e", "-t", "T"]))?.stdout ?? ""
    }

    /// Whether an SGR sequence sets a foreground colour (30–37, 90–97, 38;…).
    static func hasColor(_ styled: String) -> Bool {
        let pattern = #"\x1B\[[0-9;]*(3[0-8]|9[0-7])(;[0-9;]*)?m"#
        return styled.range(of: pattern, options: .regularExpression) != nil
    }
}

extension ReaderLookTests {
    @Test func demoOpensTheReaderOnTheBundledSamplesAndLeavesNothingBehind() throws {
        guard let tmux = ReaderProcess.tmux else {
            print("skipping: tmux is not installed (CI installs it)")
            return
        }
        let folio = try #require(ReaderProcess.folio, "build folio first (swift build)")
        let temporary = try ReaderProcess.temporaryDirectory("demo")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let state = temporary.appendingPathComponent("state")
        let session = try ReaderTmux(
            tmux: tmux, width: 120, height: 30,
            command: ["sh", "-c", "\(ReaderProcess.shellQuoted(folio)) demo; echo \"demo-exit=$?\"; ls \"$TMPDIR\"; sleep 30"],
            environment: ["TMPDIR": temporary.path, "XDG_STATE_HOME": state.path, "HOME": temporary.path]
        )
        defer { session.kill() }
        let shown = try #require(session.waitFor { $0.contains(" articles") && $0.contains("unread") },
                                 "the demo did not open:\n\(session.screen())")
        #expect(!shown.contains("folio import PATH"), "the demo library should not be empty")
        session.send("q")
        let after = try #require(session.waitFor("demo-exit="), "the demo did not quit:\n\(session.screen())")
        #expect(after.contains("demo-exit=0"))
        #expect(!after.contains("folio-demo-"), "the throwaway library was left in TMPDIR")
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("folio/session.json").path),
                "the demo saved a session")
    }
}
