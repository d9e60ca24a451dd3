import Foundation
import Testing

/// An article whose page held `ESC[2J`, an OSC 52 clipboard write, a bell and C1 controls
/// must read as plain words: nothing cleared, no bell, nothing put on the clipboard.
@Suite struct ReaderHarmlessTextTests {
    @Test func escapeSequencesInAnArticleHaveNoEffectOnTheTerminal() throws {
        guard let fixture = try ReaderFixture.make("escapes") else { return }
        defer { fixture.remove() }
        let session = try fixture.startReader()
        defer { session.kill() }
        // Let tmux act on clipboard writes, so one would show up as a paste buffer.
        _ = try ReaderProcess.run(fixture.tmux, ["-S", session.socket, "set-option", "-g", "set-clipboard", "on"])

        session.send("G", "Enter")
        let opened = session.waitFor { $0.contains("The closing paragraph after the traps") }
        let shown = try #require(opened, "the article did not open:\n\(session.screen())")

        #expect(shown.contains("The opening paragraph before the trap"))
        #expect(shown.contains("Before the clear"), "text before ESC[2J is missing")
        #expect(shown.contains("after the clear"), "text after ESC[2J is missing")
        #expect(shown.contains("A clipboard write"))
        #expect(ReaderFixture.titles.allSatisfy(shown.contains), "the list was wiped:\n\(shown)")

        let bell = try ReaderProcess.run(fixture.tmux, ["-S", session.socket, "display-message", "-p", "-t", "T", "#{window_bell_flag}"])
        #expect(bell.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "the bell rang")
        let buffers = try ReaderProcess.run(fixture.tmux, ["-S", session.socket, "list-buffers"])
        #expect(buffers.stdout.isEmpty, "something reached the clipboard: \(buffers.stdout)")
    }
}
