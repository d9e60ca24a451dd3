import ArgumentParser
import Foundation
import ReaderCore
import Store
import TerminalUI

/// `folio` with no subcommand (or `folio read`): the reader on the library.
struct ReaderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on the library (what `folio` alone does)."
    )

    @OptionGroup var library: LibraryOptions

    /// Words after `folio` that name no subcommand: being the default subcommand, the reader
    /// receives them. Hidden; only there to answer a mistyped command properly.
    @Argument(help: .hidden) var unknownCommand: [String] = []

    /// The status for a mistyped command, as for any usage error (`EX_USAGE`).
    static let usageStatus: Int32 = 64

    func validate() throws {
        guard let word = unknownCommand.first else { return }
        let shown = ConsoleText.field(word)
        var message = shown.isEmpty ? "Error: unknown command (only control characters)" : "Error: unknown command '\(shown)'"
        if let guess = Self.nearestCommand(to: word) { message += " (did you mean '\(guess)'?)" }
        message += "; see `folio --help`"
        ConsoleText.report(message)
        throw ExitCode(Self.usageStatus)
    }

    /// The subcommand name within two edits of `word`, if exactly one is the closest.
    static func nearestCommand(to word: String) -> String? {
        let names = FolioSubcommands.all.map { $0._commandName }
        let scored = names.map { ($0, editDistance(Array(word.lowercased()), Array($0))) }.filter { $0.1 <= 2 }
        guard let best = scored.map(\.1).min() else { return nil }
        let closest = scored.filter { $0.1 == best }
        return closest.count == 1 ? closest[0].0 : nil
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    func run() async throws {
        let path = library.path
        let stop = try await MainActor.run { try ReaderLauncher.open(libraryPath: path, remembersSession: true) }
        if let stop { Terminal.dieOf(signal: stop) }
    }
}

/// Opens the terminal, runs the reader and restores the terminal on every way out.
@MainActor
enum ReaderLauncher {
    /// Exit status when there is no terminal to draw on.
    nonisolated static let noTerminalStatus: Int32 = 2

    /// Runs the reader on a library.
    ///
    /// - Parameter remembersSession: false for throwaway libraries (the demo), whose position
    ///   is not worth keeping.
    /// - Returns: the signal (SIGINT, SIGTERM, SIGHUP) that made the reader quit, if one did: the
    ///   session is saved and the terminal restored, and the caller, once it has cleaned up,
    ///   should end with `Terminal.dieOf(signal:)` so the shell sees why.
    /// - Throws: `ExitCode(2)` after printing why when there is no usable terminal.
    static func open(libraryPath: String, remembersSession: Bool) throws -> Int32? {
        let environment = ProcessInfo.processInfo.environment
        let trace = ReaderTrace(environment: environment)
        let sessions = remembersSession ? SessionFile(libraryPath: libraryPath, environment: environment) : nil

        do {
            try Terminal.check(environment: environment)
        } catch {
            ConsoleText.report("\(error)")
            throw ExitCode(noTerminalStatus)
        }
        // Open the library before curses takes the screen: a bad path is then a plain error on a
        // plain terminal, with no flash of the reader first.
        let library: ReaderLibrary
        do {
            library = LibraryReaderSource(library: try Library.openForReader(path: libraryPath))
        } catch {
            throw CommandFailure(error.description)
        }
        trace?.mark("library open")
        let terminal: Terminal
        do {
            terminal = try Terminal.open(environment: environment)
        } catch {
            ConsoleText.report("\(error)")
            throw ExitCode(noTerminalStatus)
        }
        defer { terminal.close() }
        trace?.mark("terminal open")
        let runner = EffectRunner(library: library, opener: SourceOpener(environment: environment), sessions: sessions)
        let loop = ReaderLoop(
            session: sessions?.load() ?? Session(), terminal: terminal, runner: runner,
            trace: trace
        )
        loop.run()
        terminal.close()
        // Said once, now that the shell's screen is back and the line can be read.
        if let notice = sessions?.notice {
            ConsoleText.report("folio: \(notice)")
        }
        return terminal.stopSignal
    }
}
