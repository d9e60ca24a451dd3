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

    @Argument(help: "Article ids (see folio list).")
    var ids: [Int64] = []

    @Option(help: "Remove every article matching this filter (must not be empty).")
    var query: String?

    func validate() throws {
        if ids.isEmpty && query == nil { throw ValidationError("Give article ids or --query.") }
        if !ids.isEmpty && query != nil { throw ValidationError("Give article ids or --query, not both.") }
        if let query, query.allSatisfy(\.isWhitespace) {
            throw ValidationError("An empty --query would remove every article; give a filter.")
        }
    }

    func run() throws {
        let filter = try parseFilter(query)
        let library = try libraryOptions.open()
        do {
            let targets = try filter.map { try library.ids(matching: $0.root) } ?? ids
            let removed = try library.remove(ids: targets)
            print("removed \(removed) article\(removed == 1 ? "" : "s")")
            if query == nil, removed < Set(targets).count {
                throw CommandFailure("\(Set(targets).count - removed) of the ids name no article; `folio list` shows the ids")
            }
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}
