import Foundation
import Testing

/// The library under real processes: a kill -9 mid-import, and two imports at once.
@Suite(.serialized) struct LibraryProcessTests {
    @Test func killDuringImportLeavesAConsistentLibraryAndARerunCompletesIt() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = folder.appendingPathComponent("pages")
        let count = 3000
        try LibraryProcess.writePages(count, to: pages)
        let library = folder.appendingPathComponent("library.sqlite").path

        let (importer, _, _) = try LibraryProcess.start(["import", "--library", library, pages.path], in: folder)
        // Wait until at least one batch has committed, then kill without warning.
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while committed == 0, importer.isRunning, Date() < deadline {
            committed = try LibraryProcess.articleCount(library: library, in: folder) ?? 0
            Thread.sleep(forTimeInterval: 0.05)
        }
        let killedMidway = importer.isRunning
        kill(importer.processIdentifier, SIGKILL)
        importer.waitUntilExit()
        if !killedMidway { print("note: the import finished before the kill; the rerun check still runs") }

        let check = try LibraryProcess.run(["stats", "--check", "--library", library], in: folder)
        #expect(check.status == 0, "stats --check: \(check.stdout) \(check.stderr)")
        #expect(check.stdout.contains("integrity ok"))
        let afterKill = try #require(try LibraryProcess.articleCount(library: library, in: folder))
        #expect(afterKill >= committed)

        let rerun = try LibraryProcess.run(["import", "--library", library, pages.path], in: folder)
        #expect(rerun.status == 0, "rerun: \(rerun.stdout) \(rerun.stderr)")
        #expect(rerun.stdout.contains("failed 0"))
        #expect(try LibraryProcess.articleCount(library: library, in: folder) == count)
        let last = try LibraryProcess.run(["stats", "--check", "--library", library], in: folder)
        #expect(last.stdout.contains("integrity ok"))
    }

    @Test func twoImportsAtOnceBothFinishWithoutDuplicates() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = folder.appendingPathComponent("pages")
        let count = 1200
        try LibraryProcess.writePages(count, to: pages)
        let library = folder.appendingPathComponent("library.sqlite").path

        let first = try LibraryProcess.start(["import", "--library", library, pages.path], in: folder)
        let second = try LibraryProcess.start(["import", "--library", library, pages.path], in: folder)
        for (process, out, err) in [first, second] {
            process.waitUntilExit()
            let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            #expect(process.terminationStatus == 0, "\(stdout) \(stderr)")
            #expect(!stderr.contains("locked") && !stderr.contains("busy"), "\(stderr)")
        }
        #expect(try LibraryProcess.articleCount(library: library, in: folder) == count)
        let check = try LibraryProcess.run(["stats", "--check", "--library", library], in: folder)
        #expect(check.stdout.contains("integrity ok"))
    }

    @Test func importsStartedTogetherOnANewLibraryAllSucceed() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = folder.appendingPathComponent("pages")
        try LibraryProcess.writePages(200, to: pages)
        // Creating the library is the race: SQLite refused the second process's switch to WAL at
        // once, and the second migrator re-ran a migration the first had just applied.
        for round in 0..<4 {
            let library = folder.appendingPathComponent("library-\(round).sqlite").path
            let imports = try (0..<3).map { _ in try LibraryProcess.start(["import", "--library", library, pages.path], in: folder) }
            for (process, _, err) in imports {
                process.waitUntilExit()
                let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
                #expect(process.terminationStatus == 0, "round \(round): \(stderr)")
            }
            #expect(try LibraryProcess.articleCount(library: library, in: folder) == 200)
        }
    }

    @Test func aBadQueryPointsAtTheColumnAndFails() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appendingPathComponent("library.sqlite").path
        let output = try LibraryProcess.run(["list", "--library", library, "trade after:2017-13"], in: folder)
        #expect(output.status != 0)
        #expect(output.stderr.contains("trade after:2017-13\n            ^\n"))
    }
}
