import Foundation
import ReaderCore

/// The reader's saved sessions: `$XDG_STATE_HOME/folio/session.json` (else `~/.local/state/…`).
///
/// One file holds a session per library path, so two libraries never restore each other's
/// selection or filter. Loading never fails: a missing or damaged file gives a fresh session,
/// since losing the position is better than refusing to start. Saving never destroys what it
/// cannot read: a damaged file is set aside as `session.json.corrupt` (then `.corrupt.1`,
/// `.corrupt.2`…; ``notice`` says so), an unreadable one is left alone and nothing is saved.
/// Each save re-reads the file and merges under a lock just before its atomic rename, so two
/// readers on different libraries keep both entries (on the same library, the last to save wins).
final class SessionFile {
    let url: URL
    /// The library whose session this reads and writes (an absolute path).
    let libraryKey: String
    /// What the person should hear once the terminal is theirs again (the file was set aside or
    /// could not be saved); nil when all went well. Set once, by the first problem.
    private(set) var notice: String?

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

    /// Where the first damaged file is kept: `session.json.corrupt`.
    var asideURL: URL { asideURL(number: 0) }

    /// Where the damaged file number `number` is kept: `session.json.corrupt`, then
    /// `session.json.corrupt.1`, `.2`…, so a later damaged file never replaces an earlier one.
    func asideURL(number: Int) -> URL {
        number == 0 ? url.appendingPathExtension("corrupt") : url.appendingPathExtension("corrupt.\(number)")
    }

    /// Moves the damaged file to the first free ``asideURL(number:)``; nil when it could not.
    /// Called under the lock, so two readers never pick the same name.
    private func moveAside() -> URL? {
        for number in 0..<1000 {
            let aside = asideURL(number: number)
            guard !FileManager.default.fileExists(atPath: aside.path) else { continue }
            return rename(url.path, aside.path) == 0 ? aside : nil
        }
        return nil
    }

    private struct Contents: Codable {
        var libraries: [String: Session] = [:]
    }

    private enum Reading {
        case contents(Contents)
        case missing
        /// Read, but not a sessions file.
        case damaged
        /// There, but could not be read (permissions, I/O).
        case unreadable(reason: String)
    }

    private func read() -> Reading {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            guard FileManager.default.fileExists(atPath: url.path) else { return .missing }
            return .unreadable(reason: error.localizedDescription)
        }
        guard let contents = try? JSONDecoder().decode(Contents.self, from: data) else { return .damaged }
        return .contents(contents)
    }

    /// The session last saved for this library, or a fresh one.
    func load() -> Session {
        guard case .contents(let contents) = read() else { return Session() }
        return contents.libraries[libraryKey] ?? Session()
    }

    /// Saves this library's session, keeping the others'; problems end up in ``notice``.
    func save(_ session: Session) {
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = lockFile()
        defer { unlock(lock) }

        var contents: Contents
        switch read() {
        case .contents(let existing):
            contents = existing
        case .missing:
            contents = Contents()
        case .damaged:
            guard let aside = moveAside() else {
                tell("\(url.path) is damaged and could not be moved aside; the reader's position was not saved")
                return
            }
            tell("\(url.path) was damaged; it is kept as \(aside.path) and a new one was started")
            contents = Contents()
        case .unreadable(let reason):
            tell("could not read \(url.path) (\(reason)); the reader's position was not saved")
            return
        }
        contents.libraries[libraryKey] = session
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(contents) else { return }
        // Write beside, then rename: a reader killed mid-write leaves the old file whole.
        let temporary = url.appendingPathExtension("\(getpid()).tmp")
        guard (try? data.write(to: temporary)) != nil else {
            tell("could not write \(temporary.path); the reader's position was not saved")
            return
        }
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            tell("could not replace \(url.path); the reader's position was not saved")
        }
    }

    private func tell(_ message: String) {
        if notice == nil { notice = message }
    }

    /// An exclusive `flock` on `session.json.lock`, held from the re-read to the rename so two
    /// readers saving at once merge rather than drop each other's entry; -1 when unavailable
    /// (then saving goes ahead unlocked).
    private func lockFile() -> Int32 {
        let descriptor = open(url.path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return -1 }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        return descriptor
    }

    private func unlock(_ descriptor: Int32) {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
