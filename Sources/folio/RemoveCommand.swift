import ArgumentParser
import Foundation
import Store

/// `folio remove ID…|--query Q`: take articles out of the library.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove articles from the library.",
        discussion: "Importing a removed page again brings its article back, unread.")

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var selection: ArticleSelection

    func run() throws {
        let library = try libraryOptions.open()
        let targets = try selection.targets(in: library, verb: "remove")
        let removed: Int
        do { removed = try library.remove(ids: targets) } catch { throw CommandFailure(error.description) }
        print("removed \(removed) article\(removed == 1 ? "" : "s")")
        if selection.isByID, removed < Set(targets).count {
            throw CommandFailure("\(Set(targets).count - removed) of the ids name no article; `folio list` shows the ids")
        }
    }
}
