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

    /// Refuses an empty `--library` or `$FOLIO_LIBRARY`: taken for "unset", it once made
    /// `folio remove --library "" --all` empty the default library.
    func validate() throws {
        try Self.validate(option: library, environment: ProcessInfo.processInfo.environment)
    }

    static func validate(option: String?, environment: [String: String]) throws {
        if option == "" {
            throw ValidationError("--library is empty; give the library file's path, or leave the option out for the default.")
        }
        if option == nil, environment["FOLIO_LIBRARY"] == "" {
            throw ValidationError("FOLIO_LIBRARY is set but empty; set it to the library file's path, or unset it for the default.")
        }
    }

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

extension Library {
    /// The reader's library: writable when it can be, else read-only (every mark then fails
    /// with ``StoreError/readOnly(path:)``, which the status line shows) so a library on a
    /// read-only disk or in someone else's folder can still be read.
    static func openForReader(path: String) throws(StoreError) -> Library {
        do {
            return try Library(path: path)
        } catch {
            guard case .notWritable = error, FileManager.default.fileExists(atPath: path) else { throw error }
            return try Library(path: path, readOnly: true, createIfMissing: false)
        }
    }
}
