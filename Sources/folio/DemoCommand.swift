import ArgumentParser
import Extraction
import FolioResources
import Foundation
import Store
import TerminalUI

/// `folio demo`: the reader on the bundled sample pages, in a throwaway library.
///
/// The library lives in a fresh temporary folder that is removed when the reader exits, so the
/// demo never touches the person's own library or session.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Try the reader on the bundled sample pages (nothing is saved)."
    )

    func run() async throws {
        // Resources first: without them no terminal would help.
        guard let samples = FolioResources.samplesDirectory else {
            throw CommandFailure(ExtractCommand.missingResources("the sample pages (samples/)"))
        }
        let extract = try ImportCommand.pageExtractor(warnings: PageWarnings())
        do {
            try Terminal.check(environment: ProcessInfo.processInfo.environment)
        } catch {
            ConsoleText.report("\(error)")
            throw ExitCode(ReaderLauncher.noTerminalStatus)
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("library.sqlite").path
        do {
            let library = try Library(path: path)
            _ = try library.importFiles([samples], extract: extract)
        } catch {
            throw CommandFailure("could not build the demo library: \(error)")
        }
        let stop = try await MainActor.run { try ReaderLauncher.open(libraryPath: path, remembersSession: false) }
        if let stop {
            try? FileManager.default.removeItem(at: folder)  // `dieOf` skips the defer
            Terminal.dieOf(signal: stop)
        }
    }
}
