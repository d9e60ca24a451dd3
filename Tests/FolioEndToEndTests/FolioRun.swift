#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs the built `folio` with a chosen environment, stdin from /dev/null, and optionally as
/// an unprivileged user: root ignores file permissions, so a test of a read-only library run
/// as root would prove nothing.
enum FolioRun {
    /// `setpriv`, used to drop root; nil where it is not installed.
    static let setpriv: String? = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// True when permissions can be tested: not root, or root with `setpriv` to become `nobody`.
    static var canTestPermissions: Bool { geteuid() != 0 || setpriv != nil }

    /// Runs `folio arguments…` to the end; `environment` entries replace the inherited ones.
    /// With `unprivileged`, a root test process runs it as uid/gid 65534 (`nobody`).
    static func run(
        _ arguments: [String], in folder: URL, environment: [String: String] = [:], unprivileged: Bool = false
    ) throws -> LibraryProcess.Output {
        guard let binary = LibraryProcess.binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        if unprivileged, geteuid() == 0, let setpriv {
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)")
        let err = folder.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return LibraryProcess.Output(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
    }
}
