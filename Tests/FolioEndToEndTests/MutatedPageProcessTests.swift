import Foundation
import TestSupport
import Testing

/// The bounded slice of the hostile-input harness through the real binary: mutated pages
/// (``PageMutator``, fixed seed) in one folder, through `folio extract` and `folio import`.
/// The long run is `Benchmarks/fuzz_pages.py` against the release build.
@Suite struct MutatedPageProcessTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Writes 40 mutated pages into `folder/pages` and returns their names.
    static func writePages(in folder: URL) throws -> (URL, [String]) {
        let pages = folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        var mutator = PageMutator(seeds: PageMutator.seedPages(repository: repository), seed: 20)
        var names: [String] = []
        for index in 0..<40 {
            let page = mutator.page(index)
            try Data(page.bytes).write(to: pages.appendingPathComponent(page.name))
            names.append(page.name)
        }
        return (pages, names)
    }

    /// Runs `folio arguments…` to the end and returns how it ended and its raw output.
    static func run(_ arguments: [String], in folder: URL) throws -> (Process, [UInt8], [UInt8]) {
        let (process, out, err) = try LibraryProcess.start(arguments, in: folder)
        process.waitUntilExit()
        return (process, [UInt8](try Data(contentsOf: out)), [UInt8](try Data(contentsOf: err)))
    }

    @Test("folio extract on forty mutated pages exits normally, names every page and prints no control character")
    func extractOnMutatedPages() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let (pages, names) = try Self.writePages(in: folder)
        let (process, out, err) = try Self.run(["extract", "--format", "json", pages.path], in: folder)
        #expect(process.terminationReason == .exit && [0, 1].contains(process.terminationStatus),
                "ended by \(process.terminationReason) \(process.terminationStatus)")
        #expect(!ControlScan.hasControl(out), "a control character on stdout")
        #expect(!ControlScan.hasControl(err), "a control character on stderr: \(String(decoding: err, as: UTF8.self).debugDescription)")
        let said = String(decoding: out + err, as: UTF8.self)
        #expect(names.filter { !said.contains($0) } == [], "pages neither extracted nor refused")
    }

    @Test("folio import of forty mutated pages exits normally, accounts for every page and prints no control character")
    func importOfMutatedPages() throws {
        guard let folder = try LibraryProcess.workspace() else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let (pages, names) = try Self.writePages(in: folder)
        let library = folder.appendingPathComponent("library.sqlite").path
        let (process, out, err) = try Self.run(["import", "--library", library, pages.path], in: folder)
        #expect(process.terminationReason == .exit && [0, 1].contains(process.terminationStatus),
                "ended by \(process.terminationReason) \(process.terminationStatus)")
        #expect(!ControlScan.hasControl(out), "a control character on stdout")
        #expect(!ControlScan.hasControl(err), "a control character on stderr: \(String(decoding: err, as: UTF8.self).debugDescription)")
        // "imported N, updated N, unchanged N, failed N": every page is one of the four.
        let counts = String(decoding: out, as: UTF8.self).split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(counts.count == 4 && counts.reduce(0, +) == names.count, "summary: \(String(decoding: out, as: UTF8.self))")
    }
}
