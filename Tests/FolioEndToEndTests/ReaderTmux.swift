import Foundation

/// A private tmux server running one window of a fixed size, for driving the real reader.
///
/// Each session has its own socket, so tests can run in parallel; `kill()` ends the server and
/// is called from `defer` in every test. Waiting is by polling `capture-pane` every 50 ms until
/// the screen shows what is expected, never by sleeping a fixed time.
final class ReaderTmux {
    let socket: String
    private let tmux: String

    /// Starts `command` (an argument vector) in a detached `width` × `height` window.
    init(tmux: String, width: Int, height: Int, command: [String], environment: [String: String]) throws {
        self.tmux = tmux
        socket = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-tmux-\(UUID().uuidString.prefix(12))").path
        var arguments = ["new-session", "-d", "-s", "T", "-x", "\(width)", "-y", "\(height)"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append(command.map(ReaderProcess.shellQuoted).joined(separator: " "))
        let result = try tmuxCommand(arguments)
        guard result.status == 0 else {
            throw StartError(message: "tmux new-session failed: \(result.stderr)")
        }
    }

    struct StartError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    @discardableResult
    private func tmuxCommand(_ arguments: [String]) throws -> ReaderProcess.Result {
        // `swift test` sets NO_COLOR for its children; the reader must see the terminal as a person would.
        try ReaderProcess.run(
            tmux, ["-u", "-f", "/dev/null", "-S", socket] + arguments,
            environment: ["LC_ALL": "C.UTF-8"], removing: ["NO_COLOR"])
    }

    /// Sends tmux key names: `"j"`, `"Down"`, `"Enter"`, `"Escape"`, `"C-d"`.
    func send(_ keys: String...) {
        _ = try? tmuxCommand(["send-keys", "-t", "T"] + keys)
    }

    /// Types `text` literally.
    func type(_ text: String) {
        _ = try? tmuxCommand(["send-keys", "-t", "T", "-l", text])
    }

    func resize(width: Int, height: Int) {
        _ = try? tmuxCommand(["resize-window", "-t", "T", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Appends everything the pane's programs write from now on (escape sequences included) to `path`.
    func pipeOutput(to path: String) {
        _ = try? tmuxCommand(["pipe-pane", "-o", "-t", "T", "cat >> \(ReaderProcess.shellQuoted(path))"])
    }

    /// What the pane shows now, one line per row.
    func screen() -> String {
        (try? tmuxCommand(["capture-pane", "-p", "-t", "T"]))?.stdout ?? ""
    }

    /// Polls the pane until `condition` holds; returns that screen, or nil after `timeout` seconds.
    @discardableResult
    func waitFor(timeout: Double = 15, _ condition: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let shown = screen()
            if condition(shown) { return shown }
            usleep(50_000)
        } while Date() < deadline
        return nil
    }

    /// Polls until the pane contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) -> String? {
        waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// The process the window runs (the reader, when started without a shell).
    func panePID() -> pid_t? {
        (try? tmuxCommand(["display-message", "-p", "-t", "T", "#{pane_pid}"]))
            .flatMap { pid_t($0.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// The tmux server's process.
    func serverPID() -> pid_t? {
        (try? tmuxCommand(["display-message", "-p", "#{pid}"]))
            .flatMap { pid_t($0.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Ends the server and everything running in it.
    func kill() {
        _ = try? tmuxCommand(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }
}
