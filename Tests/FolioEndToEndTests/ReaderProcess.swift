import Foundation
@testable import folio

/// Runs the built `folio` and other programs for the end-to-end tests.
enum ReaderProcess {
    /// The package root, from this file's place in `Tests/FolioEndToEndTests/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)

    /// The `folio` binary built with the tests: beside the test bundle, else `.build/debug/folio`.
    static let folio: String? = {
        let fm = FileManager.default
        var candidates: [String] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            // Inside FolioPackageTests.xctest/… on some layouts: walk up to the build folder.
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("folio").path)
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/folio").path)
        return candidates.first { fm.isExecutableFile(atPath: $0) }
    }()

    /// Where `tmux` is, if installed.
    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` to completion with stdin from /dev/null and the output captured.
    ///
    /// `posix_spawn` and `waitpid` rather than `Process`: a tmux client that forks its server
    /// left `Process.waitUntilExit` waiting forever here.
    @discardableResult
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], removing: Set<String> = []
    ) throws -> Result {
        let dir = try temporaryDirectory("run")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path, err = dir.appendingPathComponent("err").path

        // Test threads run with most signals blocked; ChildProcess gives the child (a tmux server
        // above all) a clean mask, or it never hears SIGCHLD or SIGTERM and outlives the test.
        let env = ProcessInfo.processInfo.environment.filter { !removing.contains($0.key) }.merging(environment) { $1 }
        let streams = [
            ChildProcess.Stream(fd: 0, path: "/dev/null", flags: O_RDONLY),
            ChildProcess.Stream(fd: 1, path: out, flags: O_WRONLY | O_CREAT | O_TRUNC),
            ChildProcess.Stream(fd: 2, path: err, flags: O_WRONLY | O_CREAT | O_TRUNC),
        ]
        let pid = try ChildProcess.spawn([executable] + arguments, streams: streams, environment: env.map { "\($0.key)=\($0.value)" })
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(
            status: exitStatus,
            stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        )
    }

    /// A fresh directory under the system's temporary folder.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-e2e-\(label)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `text` quoted for `sh`, whatever it contains.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
