import Foundation
import Testing

/// What a new user meets first: an installed `folio` run from `PATH`, `--version`, the README's
/// queries as written, an empty folder, a list longer than `--limit`.
@Suite struct FirstRunTests {
    /// The source tree's `Resources/`.
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources")

    /// `PREFIX/bin/folio` (a copy of the built binary) and `PREFIX/share/folio` as
    /// `make install` lays them out, and a folder on `PATH` holding a link to the binary.
    private func install(in folder: URL, withResources: Bool) throws -> (bin: URL, pathFolder: URL) {
        let fm = FileManager.default
        let prefix = folder.appendingPathComponent("prefix")
        let bin = prefix.appendingPathComponent("bin")
        try fm.createDirectory(at: bin, withIntermediateDirectories: true)
        try fm.copyItem(at: try #require(LibraryProcess.binary), to: bin.appendingPathComponent("folio"))
        if withResources {
            let share = prefix.appendingPathComponent("share/folio")
            try fm.createDirectory(at: share, withIntermediateDirectories: true)
            for name in ["samples", "lexicon", "config"] {
                try fm.copyItem(at: Self.resources.appendingPathComponent(name), to: share.appendingPathComponent(name))
            }
        }
        let pathFolder = folder.appendingPathComponent("on-path")
        try fm.createDirectory(at: pathFolder, withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: pathFolder.appendingPathComponent("folio"), withDestinationURL: bin.appendingPathComponent("folio"))
        return (bin, pathFolder)
    }

    /// Runs `folio ARGS` through the shell from `folder`, found on `PATH` as a user runs it
    /// (so `argv[0]` is just `folio`), with no `FOLIO_RESOURCES`.
    private func runFromPath(_ arguments: [String], pathFolder: URL, in folder: URL) throws -> LibraryProcess.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec folio \"$@\"", "sh"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = pathFolder.path + ":/usr/bin:/bin"
        environment["FOLIO_RESOURCES"] = nil
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                     stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Resources in a system folder would be found by a binary without its own.
    static let noSystemResources = !["/usr/local/share/folio", "/usr/share/folio"].contains {
        FileManager.default.fileExists(atPath: $0 + "/lexicon")
    }

    @Test func anInstalledFolioRunFromPathFindsItsLexiconFromItsOwnRealPath() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, pathFolder) = try install(in: folder, withResources: true)
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        // Five of the samples keep noise in the body without the bundled lexicon: the output
        // must be the build tree's, where the lexicon sits beside the binary.
        let samples = Self.resources.appendingPathComponent("samples").path
        let installed = try runFromPath(["extract", samples], pathFolder: pathFolder, in: elsewhere)
        let built = try LibraryProcess.run(["extract", samples], in: folder)
        #expect(installed.status == built.status, "\(installed.stderr)")
        #expect(!installed.stdout.isEmpty)
        #expect(installed.stdout == built.stdout)
        // No terminal here: the demo gets as far as asking for one, past its samples.
        let demo = try runFromPath(["demo"], pathFolder: pathFolder, in: elsewhere)
        #expect(demo.stderr.contains("terminal") && !demo.stderr.contains("cannot find"), "\(demo.stderr)")
    }

    @Test(.enabled(if: noSystemResources))
    func aMissingLexiconIsAnErrorThatSaysWhereFolioLookedAndWhatToDo() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let (bin, pathFolder) = try install(in: folder, withResources: false)
        let page = folder.appendingPathComponent("page.txt")
        try Data("Title\n\nA paragraph long enough to be the body of a short article about a council.\n".utf8).write(to: page)
        let library = folder.appendingPathComponent("l.sqlite").path
        for arguments in [["extract", page.path], ["import", "--library", library, page.path], ["demo"]] {
            let result = try runFromPath(arguments, pathFolder: pathFolder, in: folder)
            #expect(result.status == 1, "\(arguments): \(result.stdout) \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.contains("cannot find"), "\(result.stderr)")
            #expect(result.stderr.contains(bin.deletingLastPathComponent().appendingPathComponent("share/folio").path), "\(result.stderr)")
            #expect(result.stderr.contains("FOLIO_RESOURCES"), "\(result.stderr)")
        }
    }

    @Test func versionPrintsTheProgramAndItsVersion() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LibraryProcess.run(["--version"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^folio \d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
    }

    @Test func aQueryThatBeginsWithADashIsAQueryNotAnOption() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = folder.appendingPathComponent("pages")
        try LibraryProcess.writePages(4, to: pages)
        let library = folder.appendingPathComponent("library.sqlite").path
        _ = try LibraryProcess.run(["import", "--library", library, pages.path], in: folder)
        func ids(_ arguments: [String]) throws -> [String] {
            let result = try LibraryProcess.run(["list", "--library", library, "--format", "tsv"] + arguments, in: folder)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }.sorted()
        }
        let all = try ids([])
        #expect(all.count == 4)
        #expect(try ids(["-harbour"]).count == 3)
        #expect(try ids(["-section:news"]).isEmpty)
        #expect(try ids(["strike", "-harbour", "-valley"]).count == 2, "several words make one query")
        #expect(try ids(["--", "-harbour"]).count == 3)
        let mistyped = try LibraryProcess.run(["list", "--library", library, "--limt", "2"], in: folder)
        #expect(mistyped.status == 64)
        #expect(mistyped.stderr.contains("--limt"), "\(mistyped.stderr)")
    }

    @Test func listSaysOnStderrHowManyMoreMatchedBeyondTheLimit() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = folder.appendingPathComponent("pages")
        try LibraryProcess.writePages(5, to: pages)
        let library = folder.appendingPathComponent("library.sqlite").path
        _ = try LibraryProcess.run(["import", "--library", library, pages.path], in: folder)
        let json = try LibraryProcess.run(["list", "--library", library, "--limit", "2", "--format", "json"], in: folder)
        #expect(json.status == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])?.count == 2, "stdout stays JSON")
        #expect(json.stderr.contains("3 more"), "\(json.stderr)")
        let paged = try LibraryProcess.run(["list", "--library", library, "--limit", "2", "--offset", "2"], in: folder)
        #expect(paged.stderr.contains("1 more"), "\(paged.stderr)")
        let whole = try LibraryProcess.run(["list", "--library", library, "--limit", "5"], in: folder)
        #expect(whole.stderr.isEmpty, "\(whole.stderr)")
    }

    @Test(arguments: ["extract", "import"])
    func aFolderWithNoPagesSaysSoAndFails(_ command: String) throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("not a page".utf8).write(to: empty.appendingPathComponent("sub/notes.pdf"))
        let library = ["--library", folder.appendingPathComponent("l.sqlite").path]
        let result = try LibraryProcess.run([command] + (command == "import" ? library : []) + [empty.path], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(empty.path): no pages in this folder"), "\(result.stderr)")
    }
}
