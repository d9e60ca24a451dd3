import Foundation
import Testing

@Suite struct ReaderNoTerminalTests {
    @Test func theReaderRefusesToStartWithoutATerminalAndSaysWhatToDo() throws {
        let folio = try #require(ReaderProcess.folio, "build folio first (swift build)")
        let library = try ReaderProcess.temporaryDirectory("noterm")
        defer { try? FileManager.default.removeItem(at: library) }
        let result = try ReaderProcess.run(folio, ["--library", library.appendingPathComponent("lib.sqlite").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("folio needs a terminal; try `folio list`"))
        #expect(result.stdout.isEmpty, "nothing may be drawn on a pipe")
    }

    @Test func aDumbTerminalIsRefusedToo() throws {
        let folio = try #require(ReaderProcess.folio, "build folio first (swift build)")
        let result = try ReaderProcess.run(folio, [], environment: ["TERM": "dumb"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("folio needs a terminal"))
    }
}
