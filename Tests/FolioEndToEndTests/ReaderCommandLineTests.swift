import Foundation
import Testing
@testable import folio

/// `folio` alone is the reader, so a mistyped subcommand reaches the reader's parser: it must
/// be called what it is, not answered with the reader's usage.
@Suite struct ReaderCommandLineTests {
    @Test func aMistypedCommandIsCalledUnknownWithExit64() throws {
        let folio = try #require(ReaderProcess.folio, "build folio first (swift build)")
        let dir = try ReaderProcess.temporaryDirectory("unknown-command")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try ReaderProcess.run(
            folio, ["lst", "is:starred"],
            environment: ["FOLIO_LIBRARY": dir.appendingPathComponent("lib.sqlite").path, "TERM": "xterm"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown command 'lst'"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("see `folio --help`"))
        #expect(result.stderr.contains("did you mean 'list'?"))
        #expect(!result.stderr.contains("Unexpected argument"), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("folio read"), "the reader's usage was shown: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aGuessIsOfferedOnlyWhenOneCommandIsClearlyClosest() {
        #expect(ReaderCommand.nearestCommand(to: "lst") == "list")
        #expect(ReaderCommand.nearestCommand(to: "improt") == "import")
        #expect(ReaderCommand.nearestCommand(to: "Demo") == "demo")
        #expect(ReaderCommand.nearestCommand(to: "zzzzzz") == nil)
    }

    @Test func theReaderStillTakesItsOwnOptions() throws {
        let folio = try #require(ReaderProcess.folio, "build folio first (swift build)")
        let dir = try ReaderProcess.temporaryDirectory("reader-options")
        defer { try? FileManager.default.removeItem(at: dir) }
        // No terminal here: reaching the terminal check means the arguments parsed.
        let result = try ReaderProcess.run(folio, ["--library", dir.appendingPathComponent("lib.sqlite").path])
        #expect(result.status == 2, "stderr: \(result.stderr)")
    }
}
