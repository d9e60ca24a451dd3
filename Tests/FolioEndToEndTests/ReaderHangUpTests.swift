import Foundation
import Testing
@testable import folio

/// The reader ends when its terminal goes away, and on SIGTERM, whatever its parent did: it never
/// stays behind reading an endless end of file at full speed.
@Suite struct ReaderHangUpTests {
    @Test func killingTheTmuxServerEndsTheReaderAndSavesItsPlace() throws {
        guard let fixture = try ReaderFixture.make("hangup-tmux") else { return }
        defer { fixture.remove() }
        let session = try fixture.startReader()
        defer { session.kill() }
        let reader = try #require(session.panePID(), "no pane process")
        defer { ReaderHangUpTests.killIfRunning(reader) }
        session.send("j", "j")
        #expect(session.waitFor { $0.contains("unread") } != nil)

        // SIGKILL: tmux closes nothing in order, the kernel just hangs the pty up.
        let server = try #require(session.serverPID(), "no tmux server")
        Glibc.kill(server, SIGKILL)
        #expect(ReaderHangUpTests.waitUntilGone(reader, timeout: 10), "the reader outlived its terminal")
        #expect(ReaderHangUpTests.savedSession(in: fixture.folder) != nil, "the reader quit without saving its place")
    }

    /// A pty the reader does not have as its controlling terminal sends no SIGHUP when closed, and
    /// a parent that blocked SIGHUP and SIGTERM passes that on: only the end of file is left.
    @Test func aClosedTerminalEndsTheReaderWithoutAHangUpSignal() throws {
        guard let fixture = try ReaderFixture.make("hangup-pty") else { return }
        defer { fixture.remove() }
        let reader = try ReaderPty(folio: fixture.folio, environment: fixture.environment, blocking: [SIGHUP, SIGTERM])
        defer { reader.kill() }
        #expect(reader.read(until: "articles"), "the reader never drew its list:\n\(reader.output.suffix(400))")

        reader.closeTerminal()
        let status = reader.waitForExit(timeout: 10)
        #expect(status == 0, "the reader did not quit when its terminal closed (wait status \(String(describing: status)))")
        #expect(ReaderHangUpTests.savedSession(in: fixture.folder) != nil, "the reader quit without saving its place")
    }

    @Test func sigtermEndsTheReaderEvenWhenItStartedWithSigtermBlocked() throws {
        guard let fixture = try ReaderFixture.make("sigterm-blocked") else { return }
        defer { fixture.remove() }
        let reader = try ReaderPty(folio: fixture.folio, environment: fixture.environment, blocking: [SIGHUP, SIGTERM])
        defer { reader.kill() }
        #expect(reader.read(until: "articles"), "the reader never drew its list:\n\(reader.output.suffix(400))")

        Glibc.kill(reader.pid, SIGTERM)
        let status = reader.waitForExit(timeout: 10)
        #expect(status.map { $0 & 0x7f } == SIGTERM, "the reader did not die of SIGTERM (wait status \(String(describing: status)))")
        #expect(ReaderHangUpTests.savedSession(in: fixture.folder) != nil, "the reader quit without saving its place")
    }

    // MARK: - Helpers

    /// The session file a quitting reader writes under its `XDG_STATE_HOME`.
    static func savedSession(in folder: URL) -> URL? {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL } ?? []
        return files.first { $0.lastPathComponent.hasPrefix("session") && $0.pathExtension == "json" }
    }

    /// Polls until `pid` has exited (gone, or a zombie nobody reaped yet).
    static func waitUntilGone(_ pid: pid_t, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return true }
            if stat[stat.index(close, offsetBy: 2)] == "Z" { return true }
            usleep(50_000)
        } while Date() < deadline
        return false
    }

    /// Leaves no reader behind, whatever the test found.
    static func killIfRunning(_ pid: pid_t) {
        if !waitUntilGone(pid, timeout: 0) { Glibc.kill(pid, SIGKILL) }
    }
}

/// The reader on a pseudo-terminal the test holds, without tmux: the test reads what it draws and
/// can close the terminal under it. The reader is the test's child, so it is reaped here.
final class ReaderPty {
    let pid: pid_t
    private var master: Int32
    private(set) var output = ""
    private var exitStatus: Int32?

    /// Starts `folio` (the reader) on a new 80×24 pty, with `blocking` blocked as a careless parent would.
    init(folio: String, environment: [String: String], blocking: [Int32]) throws {
        // Close-on-exec: a child holding the master open (this reader, or another test's tmux)
        // would keep the terminal from ever hanging up.
        master = Self.openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, Self.grantpt(master) == 0, Self.unlockpt(master) == 0, let name = Self.ptsname(master) else {
            throw ChildProcess.SpawnError(program: "posix_openpt", code: errno)
        }
        let terminal = String(cString: name)
        let streams = [0, 1, 2].map { ChildProcess.Stream(fd: $0, path: terminal, flags: O_RDWR | O_NOCTTY) }
        let env = environment.merging(["TERM": "xterm-256color", "LINES": "24", "COLUMNS": "80"]) { $1 }
        do {
            pid = try ChildProcess.spawn(
                [folio], streams: streams, environment: env.map { "\($0.key)=\($0.value)" }, blocking: blocking)
        } catch {
            close(master)
            throw error
        }
    }

    // glibc declares the pty calls only for _XOPEN_SOURCE, which Swift's Glibc module does not
    // define: look them up in libc instead.
    private static func libc<T>(_ name: String, as type: T.Type) -> T {
        unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)!, to: type)
    }
    private static let openpt = libc("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    private static let grantpt = libc("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    private static let unlockpt = libc("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    private static let ptsname = libc("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)

    /// Reads what the reader draws until it contains `text`; false after `timeout` seconds.
    func read(until text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            drain(waiting: 50)
            if output.contains(text) { return true }
        }
        return false
    }

    /// Reads whatever is waiting on the master side (so the reader never blocks writing).
    private func drain(waiting milliseconds: Int32) {
        guard master >= 0 else { return }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = Glibc.read(master, &buffer, buffer.count)
        if count > 0 { output += String(decoding: buffer[0..<count], as: UTF8.self) }
    }

    /// Closes the master side: the reader's terminal is gone.
    func closeTerminal() {
        guard master >= 0 else { return }
        close(master)
        master = -1
    }

    /// The reader's wait status once it exits, or nil if it is still running after `timeout` seconds.
    func waitForExit(timeout: Double) -> Int32? {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = status
                return status
            }
            drain(waiting: 50)
            if master < 0 { usleep(50_000) }
        } while Date() < deadline
        return nil
    }

    /// Kills the reader if it still runs, reaps it, and closes the terminal.
    func kill() {
        if waitForExit(timeout: 0) == nil {
            Glibc.kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }
        closeTerminal()
    }
}
