import Foundation
import Testing

/// What the reader leaves behind for measurement, and how it refuses a terminal it cannot drive.
@Suite struct ReaderTraceTests {
    @Test func folioTraceRecordsTheLaunchEveryKeyAndEveryEffect() throws {
        guard let fixture = try ReaderFixture.make("trace") else { return }
        defer { fixture.remove() }
        let trace = fixture.folder.appendingPathComponent("trace.tsv")
        let session = try fixture.startReader(extraEnvironment: ["FOLIO_TRACE": trace.path])
        defer { session.kill() }
        session.send("j", "Enter")
        #expect(session.waitFor("Crowds returned to the riverside parks") != nil)
        session.send("q", "q")
        _ = session.waitFor(timeout: 5) { $0.isEmpty }

        let lines = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t") }
        #expect(lines.contains { $0.first == "launch" })
        #expect(lines.contains { $0.first == "effect" && $0[1].hasPrefix("loadDocument") })
        let keys = lines.filter { $0.first == "key" }
        #expect(keys.contains { $0[1].contains("Enter") })
        #expect(keys.allSatisfy { $0.count == 8 && ($0[2...5] + [$0[7]]).allSatisfy { Double($0) != nil } },
                "key lines: label, 4 timings, cells, CPU")
        let effects = lines.filter { $0.first == "effect" || $0.first == "idle" }
        #expect(effects.allSatisfy { $0.count == 4 && $0[2...3].allSatisfy { Double($0) != nil } }, "effect lines: name, wall, CPU")
    }

    @Test func anUnsetTermIsRefusedWithTheMessageOnATerminal() throws {
        guard let fixture = try ReaderFixture.make("noterm") else { return }
        defer { fixture.remove() }
        let command = "env -u TERM \(ReaderProcess.shellQuoted(fixture.folio)) --library \(ReaderProcess.shellQuoted(fixture.library)); echo \"folio-exit=$?\"; sleep 30"
        let session = try ReaderTmux(tmux: fixture.tmux, width: 120, height: 10, command: ["sh", "-c", command], environment: fixture.environment)
        defer { session.kill() }
        let shown = try #require(session.waitFor("folio-exit="), "no exit:\n\(session.screen())")
        #expect(shown.contains("folio-exit=2"))
        #expect(shown.contains("folio needs a terminal; try `folio list`"))
        #expect(shown.contains("TERM is unset"))
    }
}
