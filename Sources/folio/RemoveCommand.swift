import ArgumentParser
import FilterQuery
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

    @Option(help: "Remove every article matching this filter.")
    var query: String?

    @Flag(help: "Allow removing every article (no ids and no --query, or a --query that selects everything).")
    var all = false

    func validate() throws {
        if ids.isEmpty && query == nil && !all { throw ValidationError("Give article ids or --query.") }
        if !ids.isEmpty && (query != nil || all) { throw ValidationError("Give article ids or --query, not both.") }
    }

    func run() throws {
        let filter = try parseFilter(query)
        if ids.isEmpty, !all, Library.selectsEverything(filter?.root) {
            throw CommandFailure("the query \((query ?? "").debugDescription) selects every article (a term needs a letter or digit); "
                + "pass --all to remove every article")
        }
        let library = try libraryOptions.open()
        do {
            let targets = try targetIDs(filter, library)
            let removed = try library.remove(ids: targets)
            print("removed \(removed) article\(removed == 1 ? "" : "s")")
            if query == nil, removed < Set(targets).count {
                throw CommandFailure("\(Set(targets).count - removed) of the ids name no article; `folio list` shows the ids")
            }
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }

    /// The ids named, or every article matching the filter (all of them with `--all` alone).
    private func targetIDs(_ filter: FilterQuery?, _ library: Library) throws(StoreError) -> [Int64] {
        if !ids.isEmpty { return ids }
        return try library.ids(matching: filter?.root)
    }
}
