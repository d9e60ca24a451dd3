import Foundation
import ReaderCore

/// Opens an article's origin in a browser: `$BROWSER`, else `xdg-open`, started with
/// `posix_spawnp` and an argument vector, never through a shell.
///
/// `$BROWSER` may list several commands separated by `:` (the first is used) and may carry its
/// own arguments (`firefox --new-window`) and a `%s` placeholder; it is split on spaces, not
/// interpreted. The child gets `/dev/null` for its standard streams (so it cannot scribble over
/// the reader) and its own session (so Ctrl-C in the reader does not reach it), with default
/// signal handling (see ``ChildProcess``).
final class SourceOpener {
    private let browser: String?
    private var children: [pid_t] = []

    init(environment: [String: String]) {
        let first = environment["BROWSER"]?.split(separator: ":").first.map(String.init)
        browser = first?.trimmingCharacters(in: .whitespaces).isEmpty == false ? first : nil
    }

    /// The argument vector for a location: the command, its arguments, the target.
    func arguments(for location: SourceLocation) -> [String] {
        let target: String
        switch location {
        case .url(let url): target = url
        case .path(let path): target = browser == nil ? path : URL(fileURLWithPath: path).absoluteString
        }
        guard let browser else { return ["xdg-open", target] }
        var words = browser.split(separator: " ").map(String.init)
        if let placeholder = words.firstIndex(where: { $0.contains("%s") }) {
            words[placeholder] = words[placeholder].replacingOccurrences(of: "%s", with: target)
        } else {
            words.append(target)
        }
        return words
    }

    /// Starts the browser; returns once it is running (it is reaped later, never waited for).
    func open(_ location: SourceLocation) throws(OpenError) {
        reapChildren()
        let argv = arguments(for: location)
        do {
            children.append(try ChildProcess.spawn(argv, streams: ChildProcess.devNull, searchPath: true, newSession: true))
        } catch {
            throw OpenError(command: argv[0], reason: error.reason)
        }
    }

    /// Collects browsers that have exited, so none is left a zombie.
    func reapChildren() {
        children.removeAll { pid in
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) != 0
        }
    }

    struct OpenError: Error, CustomStringConvertible {
        var command: String
        var reason: String
        var description: String {
            "could not start \(command) (\(reason)); set BROWSER to your browser's command"
        }
    }
}
