import Foundation
import ReaderCore

/// The reader's saved sessions: `$XDG_STATE_HOME/folio/session.json` (else `~/.local/state/…`).
///
/// One file holds a session per library path, so two libraries never restore each other's
/// selection or filter. A missing or unreadable file is an empty one: losing the position is
/// better than refusing to start.
struct SessionFile {
    let url: URL
    /// The library whose session this reads and writes (an absolute path).
    let libraryKey: String

    /// The file for `environment`'s `XDG_STATE_HOME` or `HOME`; nil when neither is set.
    init?(libraryPath: String, environment: [String: String]) {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state, isDirectory: true)
        } else if let home = environment["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/state", isDirectory: true)
        } else {
            return nil
        }
        url = base.appendingPathComponent("folio/session.json")
        libraryKey = URL(fileURLWithPath: libraryPath).standardizedFileURL.path
    }

    private struct Contents: Codable {
        var libraries: [String: Session] = [:]
    }

    private func read() -> Contents {
        guard let data = try? Data(contentsOf: url),
              let contents = try? JSONDecoder().decode(Contents.self, from: data) else { return Contents() }
        return contents
    }

    /// The session last saved for this library, or a fresh one.
    func load() -> Session {
        read().libraries[libraryKey] ?? Session()
    }

    /// Saves this library's session, keeping the others; failures are ignored (see type doc).
    func save(_ session: Session) {
        var contents = read()
        contents.libraries[libraryKey] = session
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(contents) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Write beside, then rename: a reader killed mid-write leaves the old file whole.
        let temporary = url.appendingPathExtension("\(getpid()).tmp")
        guard (try? data.write(to: temporary)) != nil else { return }
        if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
}
