import Foundation
import Testing

/// `folio mark` and `folio remove` on many articles at once, as a user runs them: no silent
/// default library, no "everything" by accident, no hidden ids, a question before emptying.
@Suite struct ManyArticleCommandTests {
    private func unreadCount(_ library: String, in folder: URL) throws -> Int {
        let result = try LibraryProcess.run(["list", "--library", library, "is:unread", "--format", "tsv"], in: folder)
        return result.stdout.split(separator: "\n").count
    }

    // MARK: - Empty library paths

    @Test("An empty --library or FOLIO_LIBRARY is a usage error and leaves the default library alone",
          arguments: [
            ["remove", "--library", "", "--all"], ["mark", "--library", "", "--all", "--read"], ["list", "--library", ""],
            ["remove", "--all"], ["stats"],
          ])
    func anEmptyLibraryPathIsAUsageError(_ arguments: [String]) throws {
        guard let (folder, library) = try LibraryProcess.imported(3) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        // The default library, where an empty path used to lead.
        let data = folder.appendingPathComponent("data")
        let defaultLibrary = data.appendingPathComponent("folio/library.sqlite")
        try FileManager.default.createDirectory(at: defaultLibrary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: library, toPath: defaultLibrary.path)
        let environment = ["HOME": folder.path, "XDG_DATA_HOME": data.path, "FOLIO_LIBRARY": ""]
        let result = try FolioRun.run(arguments, in: folder, environment: environment)
        #expect(result.status == 64, "\(arguments): \(result.stdout) \(result.stderr)")
        let named = arguments.contains("--library") ? "--library" : "FOLIO_LIBRARY"
        #expect(result.stderr.contains("\(named) is") && result.stderr.contains("empty"), "\(result.stderr)")
        #expect(try LibraryProcess.articleCount(library: defaultLibrary.path, in: folder) == 3)
    }

    // MARK: - Everything, by count

    @Test("A query that matches every article is refused without --all, whatever its letters",
          arguments: ["is:read OR is:unread", "after:1000", "harbour OR -harbour", "-zzzz", "'"])
    func aQueryMatchingEveryArticleIsRefused(query: String) throws {
        guard let (folder, library) = try LibraryProcess.imported(4) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in [["remove"], ["mark", "--read"]] {
            let result = try LibraryProcess.run(command + ["--library", library, "--query", query], in: folder)
            #expect(result.status == 1, "\(command) \(query): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("matches all 4 articles") && result.stderr.contains("--all"), "\(result.stderr)")
            #expect(try unreadCount(library, in: folder) == 4)
        }
        let allowed = try LibraryProcess.run(["mark", "--library", library, "--query", query, "--all", "--read"], in: folder)
        #expect(allowed.status == 0 && allowed.stdout == "marked 4 articles\n", "\(allowed.stderr)")
    }

    @Test("A query that begins with a dash is a value of --query in mark and remove")
    func aDashQueryIsAValue() throws {
        guard let (folder, library) = try LibraryProcess.imported(4) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let marked = try LibraryProcess.run(["mark", "--library", library, "--query", "-harbour", "--read"], in: folder)
        #expect(marked.status == 0 && marked.stdout == "marked 3 articles\n", "\(marked.stdout) \(marked.stderr)")
        let removed = try LibraryProcess.run(["remove", "--query", "-valley", "--library", library], in: folder)
        #expect(removed.status == 0 && removed.stdout == "removed 3 articles\n", "\(removed.stdout) \(removed.stderr)")
        #expect(try LibraryProcess.articleCount(library: library, in: folder) == 1)
    }

    // MARK: - Ids

    @Test("An id named twice counts once and an id that names no article is always reported",
          arguments: [["mark", "--star"], ["remove"]])
    func duplicateAndMissingIDsAreReported(_ command: [String]) throws {
        guard let (folder, library) = try LibraryProcess.imported(2) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LibraryProcess.run(command + ["--library", library, "1", "1", "99999"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "\(command[0] == "mark" ? "marked" : "removed") 1 article\n", "\(result.stdout)")
        #expect(result.stderr.contains("no article 99999"), "\(result.stderr)")
        #expect(!result.stderr.contains("2"), "\(result.stderr)")
    }

    // MARK: - Asking first

    @Test("remove --all on a terminal asks first, and removes nothing unless told yes")
    func removeAllAsksOnATerminal() throws {
        guard let (folder, library) = try LibraryProcess.imported(3), let tmux = ReaderProcess.tmux, let folio = LibraryProcess.binary?.path
        else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        for (answer, remaining) in [("n", 3), ("", 3), ("y", 0)] {
            let command = "\(ReaderProcess.shellQuoted(folio)) remove --all --library \(ReaderProcess.shellQuoted(library)); "
                + "echo EXIT=$?; sleep 30"
            let session = try ReaderTmux(tmux: tmux, width: 200, height: 10, command: ["sh", "-c", command], environment: [:])
            defer { session.kill() }
            let asked = session.waitFor("[y/N]")
            #expect(asked?.contains("Remove all 3 articles from \(library)? [y/N]") == true, "\(asked ?? session.screen())")
            if !answer.isEmpty { session.type(answer) }
            session.send("Enter")
            let done = session.waitFor("EXIT=")
            #expect(done?.contains(remaining == 0 ? "EXIT=0" : "EXIT=1") == true, "\(done ?? session.screen())")
            #expect(try LibraryProcess.articleCount(library: library, in: folder) == remaining)
        }
    }

    @Test("remove --all without a terminal removes everything without asking")
    func removeAllWithoutATerminalDoesNotAsk() throws {
        guard let (folder, library) = try LibraryProcess.imported(3) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try FolioRun.run(["remove", "--all", "--library", library], in: folder)
        #expect(result.status == 0 && result.stdout == "removed 3 articles\n", "\(result.stderr)")
        #expect(!result.stderr.contains("[y/N]"))
    }
}
