import ArgumentParser
import Foundation
import Store

/// `folio mark ID… --read|--unread|--star|--unstar`: change marks.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark articles read or unread, starred or not.",
        discussion: "Name articles by id, or every article matching a filter with --query.")

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var selection: ArticleSelection

    @Flag(help: "Mark read.") var read = false
    @Flag(help: "Mark unread.") var unread = false
    @Flag(help: "Star.") var star = false
    @Flag(help: "Remove the star.") var unstar = false

    func validate() throws {
        if !(read || unread || star || unstar) { throw ValidationError("Say what to mark: --read, --unread, --star or --unstar.") }
        if read && unread { throw ValidationError("--read and --unread contradict each other.") }
        if star && unstar { throw ValidationError("--star and --unstar contradict each other.") }
    }

    func run() throws {
        let library = try libraryOptions.open()
        let targets = try selection.targets(in: library, verb: "mark")
        var found = 0
        do {
            if read || unread { found = try library.setRead(read, ids: targets.ids) }
            if star || unstar { found = try library.setStarred(star, ids: targets.ids) }
        } catch {
            throw CommandFailure(error.description)
        }
        print("marked \(found) article\(found == 1 ? "" : "s")")
        if let missing = targets.missingMessage { throw CommandFailure(missing) }
    }
}
