import ArgumentParser
import FilterQuery
import Foundation
import Store

/// `--library PATH`, shared by every command that opens the library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The library file.",
        discussion: "Default: $FOLIO_LIBRARY, else $XDG_DATA_HOME/folio/library.sqlite, else ~/.local/share/folio/library.sqlite.",
        valueName: "path"))
    var library: String?

    /// The resolved path, before opening.
    var path: String { Library.defaultPath(option: library) }

    /// Opens the library; `readOnly` for commands that only look. Only `createIfMissing`
    /// (`folio import`) creates a missing library; other commands report it.
    func open(readOnly: Bool = false, createIfMissing: Bool = false) throws -> Library {
        do {
            return try Library(path: path, readOnly: readOnly, createIfMissing: createIfMissing)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// A failure already phrased for the user; `folio` prints it and exits 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Parses a filter query, turning an error into the query with a caret under the column.
func parseFilter(_ text: String?) throws -> FilterQuery? {
    guard let text else { return nil }
    do {
        return try FilterQuery(text)
    } catch {
        throw CommandFailure("invalid query\n" + error.pointing(into: text))
    }
}
