import ArgumentParser
import FilterQuery
import Foundation
import Store

/// `folio mark ID… --read|--unread|--star|--unstar`: change marks.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark articles read or unread, starred or not.",
        discussion: "Name articles by id, or every article matching a filter with --query.")

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: "Article ids (see folio list).")
    var ids: [Int64] = []

    @Option(help: "Mark every article matching this filter.")
    var query: String?

    @Flag(help: "Allow marking every article (no ids and no --query, or a --query that selects everything).")
    var all = false

    @Flag(help: "Mark read.") var read = false
    @Flag(help: "Mark unread.") var unread = false
    @Flag(help: "Star.") var star = false
    @Flag(help: "Remove the star.") var unstar = false

    func validate() throws {
        if ids.isEmpty && query == nil && !all { throw ValidationError("Give article ids or --query.") }
        if !ids.isEmpty && (query != nil || all) { throw ValidationError("Give article ids or --query, not both.") }
        if !(read || unread || star || unstar) { throw ValidationError("Say what to mark: --read, --unread, --star or --unstar.") }
        if read && unread { throw ValidationError("--read and --unread contradict each other.") }
        if star && unstar { throw ValidationError("--star and --unstar contradict each other.") }
    }

    func run() throws {
        let filter = try parseFilter(query)
        if ids.isEmpty, !all, Library.selectsEverything(filter?.root) {
            throw CommandFailure("the query \((query ?? "").debugDescription) selects every article (a term needs a letter or digit); "
                + "pass --all to mark every article")
        }
        let library = try libraryOptions.open()
        do {
            let targets = try targetIDs(filter, library)
            var found = 0
            if read || unread { found = try library.setRead(read, ids: targets) }
            if star || unstar { found = try library.setStarred(star, ids: targets) }
            print("marked \(found) article\(found == 1 ? "" : "s")")
            if query == nil, found < Set(targets).count {
                throw CommandFailure("\(Set(targets).count - found) of the ids name no article; `folio list` shows the ids")
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
