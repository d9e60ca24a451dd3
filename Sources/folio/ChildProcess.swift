import Foundation

/// Starts a program with `posix_spawn`: an argument vector (never a shell command string), chosen
/// files for its standard streams, and signals as a fresh process has them.
///
/// The child gets only the descriptors it is given (0–2, or the `streams`), whatever the reader
/// holds open without close-on-exec: a browser has no business with the library or the trace.
///
/// The child gets default handling for every signal and blocks none, unless told to block some.
/// That matters because the parent's mask passes to the child: the reader catches SIGINT,
/// SIGTERM and SIGHUP, and Swift's runtime threads block most signals, so a browser started from
/// the reader, or a tmux server started from a test thread, would otherwise ignore Ctrl-C or
/// SIGTERM (a tmux server then outlives its test, with its panes).
///
/// ```swift
/// let pid = try ChildProcess.spawn(["xdg-open", url], streams: ChildProcess.devNull)
/// ```
enum ChildProcess {
    /// One standard stream of the child: the file `path` opened with `flags` as descriptor `fd`.
    struct Stream {
        var fd: Int32
        var path: String
        var flags: Int32
    }

    /// Standard input, output and error all on `/dev/null`.
    static let devNull = [
        Stream(fd: 0, path: "/dev/null", flags: O_RDONLY),
        Stream(fd: 1, path: "/dev/null", flags: O_WRONLY),
        Stream(fd: 2, path: "/dev/null", flags: O_WRONLY),
    ]

    /// Starts `arguments[0]` with `arguments`; returns its process id (the caller reaps it).
    ///
    /// - Parameters:
    ///   - environment: `KEY=value` strings; nil passes this process's environment on.
    ///   - searchPath: look `arguments[0]` up in `PATH` (`posix_spawnp`) unless it has a `/`.
    ///   - newSession: start the child in its own session, so the reader's Ctrl-C does not reach it.
    ///   - blocking: signals the child starts with blocked (tests that play a careless parent).
    /// - Throws: ``SpawnError`` when the program cannot be started.
    static func spawn(
        _ arguments: [String], streams: [Stream], environment: [String]? = nil,
        searchPath: Bool = false, newSession: Bool = false, blocking: [Int32] = []
    ) throws(SpawnError) -> pid_t {
        precondition(!arguments.isEmpty, "a child needs a program")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // First, so the streams opened next stay open.
        if let addCloseFrom { _ = addCloseFrom(&actions, 3) }
        for stream in streams {
            posix_spawn_file_actions_addopen(&actions, stream.fd, stream.path, stream.flags, 0o600)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t(), allSignals = sigset_t()
        sigemptyset(&mask)
        for signal in blocking { sigaddset(&mask, signal) }
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(
            &attributes, (newSession ? spawnNewSession : 0) | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { $0.map { strdup($0) } + [nil] }
        defer { (argv + (envp ?? [])).forEach { free($0) } }
        var pid: pid_t = 0
        let status: Int32
        if var envp {
            status = searchPath
                ? posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
                : posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        } else {
            status = searchPath
                ? posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
                : posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
        }
        guard status == 0 else { throw SpawnError(program: arguments[0], code: status) }
        return pid
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later; declared only for
    /// `_GNU_SOURCE`, which Swift's Glibc module does not define), if this libc has it.
    private static let addCloseFrom = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self) }

    /// glibc's `POSIX_SPAWN_SETSID` (hidden behind `_GNU_SOURCE`, so Swift cannot see it).
    private static let spawnNewSession: Int16 = 0x80

    /// A program that could not be started, with the system's reason.
    struct SpawnError: Error, CustomStringConvertible {
        var program: String
        var code: Int32
        var reason: String { String(cString: strerror(code)) }
        var description: String { "could not start \(program): \(reason)" }
    }
}
