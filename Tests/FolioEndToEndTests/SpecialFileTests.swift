#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ReaderCore
import Testing
@testable import folio

/// Files a walk meets that are not pages to read: FIFOs, paths longer than `PATH_MAX`, and
/// damaged session files that must all be kept.
@Suite struct SpecialFileTests {
    /// Runs `folio arguments…`, killing it after `seconds`; nil when it had to be killed.
    private func run(_ arguments: [String], in folder: URL, within seconds: Double = 20) throws -> LibraryProcess.Output? {
        let (process, out, err) = try LibraryProcess.start(arguments, in: folder)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return .init(status: process.terminationStatus,
                     stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                     stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// A folder holding one page and a FIFO named like a page.
    private func folderWithFIFO(in folder: URL) throws -> URL {
        let pages = folder.appendingPathComponent("pages")
        try LibraryProcess.writePages(1, to: pages)
        let fifo = pages.appendingPathComponent("pipe.txt")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        return pages
    }

    @Test(arguments: ["extract", "import"])
    func aFIFOInAFolderIsNamedAndSkippedWithoutOpeningIt(_ command: String) throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = try folderWithFIFO(in: folder)
        let library = ["--library", folder.appendingPathComponent("l.sqlite").path]
        let result = try #require(try run([command] + (command == "import" ? library : []) + [pages.path], in: folder),
                                  "folio \(command) waited on the FIFO")
        #expect(result.status == 1)
        #expect(result.stderr.contains("pipe.txt: a FIFO, not a regular file; skipped"), "\(result.stderr)")
        #expect(result.stdout.contains(command == "import" ? "imported 1" : "strike number 0"), "\(result.stdout)")
    }

    /// A page at the bottom of folders nested deeper than `PATH_MAX` (4096 bytes) allows.
    private func deepPage(in folder: URL) throws -> URL {
        let root = folder.appendingPathComponent("deep")
        try LibraryProcess.writePages(1, to: root)
        var deep = root
        let name = String(repeating: "d", count: 200)
        // Created one level at a time, relative to the last: no path given to the system is too long.
        var descriptor = open(root.path, O_RDONLY | O_DIRECTORY)
        for _ in 0..<22 {
            #expect(mkdirat(descriptor, name, 0o755) == 0)
            let next = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
            deep.appendPathComponent(name)
        }
        let file = openat(descriptor, "page.txt", O_CREAT | O_WRONLY, 0o644)
        let text = Array("Lost page\n\nA paragraph that nobody will ever read because its path is far too long.\n".utf8)
        _ = text.withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
        close(file)
        close(descriptor)
        #expect(deep.path.utf8.count > Int(PATH_MAX))
        return root
    }

    @Test(arguments: ["extract", "import"])
    func aPageDeeperThanPathMaxIsReportedNotSkippedInSilence(_ command: String) throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer {
            // FileManager cannot remove what it cannot name; `rm -rf` walks relative paths.
            let rm = Process()
            rm.executableURL = URL(fileURLWithPath: "/bin/rm")
            rm.arguments = ["-rf", folder.path]
            try? rm.run()
            rm.waitUntilExit()
        }
        let root = try deepPage(in: folder)
        let library = ["--library", folder.appendingPathComponent("l.sqlite").path]
        let result = try #require(try run([command] + (command == "import" ? library : []) + [root.path], in: folder))
        #expect(result.status == 1)
        if command == "import" { #expect(result.stdout.contains("imported 1,") && result.stdout.contains("failed 1"), "\(result.stdout)") }
        #expect(result.stderr.contains("longer than the system allows"), "\(result.stderr.suffix(300))")
    }

    @Test func everyDamagedSessionFileIsKeptNotJustTheFirst() throws {
        let state = try ReaderProcess.temporaryDirectory("damaged-sessions")
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["XDG_STATE_HOME": state.path]
        var kept: [Data] = []
        for attempt in 0..<3 {
            let file = try #require(SessionFile(libraryPath: "/lib/x.sqlite", environment: environment))
            try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let damaged = Data("{ damaged \(attempt)".utf8)
            try damaged.write(to: file.url)
            kept.append(damaged)
            file.save(Session(selectedID: Int64(attempt)))
            #expect(file.notice?.contains(file.asideURL(number: attempt).path) == true, "\(file.notice ?? "")")
        }
        let file = try #require(SessionFile(libraryPath: "/lib/x.sqlite", environment: environment))
        #expect(try (0..<3).map { try Data(contentsOf: file.asideURL(number: $0)) } == kept)
        #expect(file.asideURL(number: 2).lastPathComponent == "session.json.corrupt.2")
        #expect(file.load().selectedID == 2)
    }
}
