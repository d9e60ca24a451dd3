import Foundation
import ReaderCore

/// Opens an article's origin in a browser: `$BROWSER`, else `xdg-open`, started with
/// `posix_spawnp` and an argument vector, never through a shell.
///
/// `$BROWSER` may list several commands separated by `:` (the first is used) and may carry its
/// own arguments (`firefox --new-window`) and a `%s` placeholder; it is split on spaces, not
/// interpreted. The child gets `/dev/null` for its standard streams (so it cannot scribble over
/// the reader) and its own session (so Ctrl-C in the reader does not reach it), with default signal handling.
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
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(
            &attributes, Self.spawnNewSession | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, argv[0], &actions, &attributes, &cArguments, environ)
        guard status == 0 else {
            throw OpenError(command: argv[0], reason: String(cString: strerror(status)))
        }
        children.append(pid)
    }

    /// glibc's `POSIX_SPAWN_SETSID` (hidden behind `_GNU_SOURCE`, so Swift cannot see it).
    private static let spawnNewSession: Int16 = 0x80

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
