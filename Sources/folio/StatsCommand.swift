import ArgumentParser
import Foundation
import Store

/// `folio stats`: counts, the library's path and its size.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show how many articles the library holds, and where it is.")

    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
        let library = try libraryOptions.open()
        let counts: LibraryCounts
        do { counts = try library.counts() } catch { throw CommandFailure(error.description) }
        let size = ByteCountFormatter.string(fromByteCount: library.fileSize, countStyle: .file)
        print("library   \(library.path) (\(size))")
        print("articles  \(counts.total)")
        print("unread    \(counts.unread)")
        print("read      \(counts.total - counts.unread)")
        print("starred   \(counts.starred)")
    }
}
