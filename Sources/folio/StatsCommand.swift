import ArgumentParser
import Foundation
import Store

/// `folio stats`: counts, the library's path and its size.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show how many articles the library holds, and where it is.")

    @OptionGroup var libraryOptions: LibraryOptions

    @Flag(help: "Also check the file and the search index for damage (slow on big libraries).")
    var check = false

    @Flag(help: "Fold the write-ahead log into the library file first.")
    var checkpoint = false

    func run() throws {
        let library = try libraryOptions.open(readOnly: !(check || checkpoint))
        let counts: ArticleCounts
        var problems: [String] = []
        do {
            if checkpoint { try library.checkpoint() }
            counts = try library.counts()
            if check { problems = try library.integrityProblems() }
        } catch {
            throw CommandFailure(error.description)
        }
        let size = ByteCountFormatter.string(fromByteCount: library.fileSize, countStyle: .file)
        print("library   \(DisplayPath.clean(library.path)) (\(size))")
        print("articles  \(counts.total)")
        print("unread    \(counts.unread)")
        print("read      \(counts.total - counts.unread)")
        print("starred   \(counts.starred)")
        guard check else { return }
        print("integrity \(problems.isEmpty ? "ok" : "damaged")")
        for problem in problems { print("  \(problem)") }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
