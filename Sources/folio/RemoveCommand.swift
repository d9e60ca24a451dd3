import ArgumentParser
import Foundation
import Store

/// `folio remove ID…|--query Q|--all`: take articles out of the library.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove articles from the library.",
        discussion: """
            Importing a removed page again brings its article back, unread. Removing every \
            article asks first when run on a terminal.
            """)

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var selection: ArticleSelection

    func run() throws {
        let library = try libraryOptions.open()
        let targets = try selection.targets(in: library, verb: "remove")
        if targets.isEverything, Self.hasTerminal, !Self.confirm(count: targets.ids.count, library: library.path) {
            throw CommandFailure("nothing was removed")
        }
        let removed: Int
        do { removed = try library.remove(ids: targets.ids) } catch { throw CommandFailure(error.description) }
        print("removed \(removed) article\(removed == 1 ? "" : "s")")
        if let missing = targets.missingMessage { throw CommandFailure(missing) }
    }

    /// A person is there to answer: stdin and stderr are both terminals. Scripts and pipes
    /// are never asked.
    private static var hasTerminal: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    /// Asks on stderr whether to remove every article; only `y` or `yes` agrees.
    private static func confirm(count: Int, library: String) -> Bool {
        let question = "Remove all \(count) article\(count == 1 ? "" : "s") from \(DisplayPath.clean(library))? [y/N] "
        FileHandle.standardError.write(Data(question.utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
        return answer == "y" || answer == "yes"
    }
}
