#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Runs the built `folio` binary as a real process, for library tests that need one.
enum LibraryProcess {
    /// `.build/debug/folio` beside this package, if it has been built.
    static var binary: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for candidate in [".build/debug/folio", ".build/x86_64-unknown-linux-gnu/debug/folio", ".build/arm64-apple-macosx/debug/folio"] {
            let url = root.appendingPathComponent(candidate)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts `folio arguments…` with stdout and stderr going to temporary files.
    static func start(_ arguments: [String], in folder: URL) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)")
        let err = folder.appendingPathComponent("err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    /// Runs `folio arguments…` to the end.
    static func run(_ arguments: [String], in folder: URL) throws -> Output {
        let (process, out, err) = try start(arguments, in: folder)
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// The article count `folio stats` reports, or nil if it failed.
    static func articleCount(library: String, in folder: URL) throws -> Int? {
        let output = try run(["stats", "--library", library], in: folder)
        guard output.status == 0 else { return nil }
        let line = output.stdout.split(separator: "\n").first { $0.hasPrefix("articles") }
        return line.flatMap { Int($0.split(separator: " ").last ?? "") }
    }

    /// A folder of `count` distinct news pages in the seed's text format.
    static func writePages(_ count: Int, to folder: URL) throws {
        let places = ["harbour", "valley", "capital", "border", "coast", "island", "delta", "plateau"]
        for i in 0..<count {
            let sub = folder.appendingPathComponent(String(format: "%03d", i / 500))
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let place = places[i % places.count]
            let text = """
                 date 2017-\(String(format: "%02d", i % 12 + 1))-\(String(format: "%02d", i % 28 + 1)) News

                Home | World | Business

                Workers in the \(place) strike number \(i) over pay

                Thousands walked out on Tuesday, halting cargo for day \(i).

                By Ana Lima

                Dock workers in the \(place) stopped loading ships on Tuesday morning after talks over wages \(i) collapsed late on Monday night, union leaders said.

                The strike, the \(i)th this decade, left dozens of container vessels waiting offshore while managers tried to move freight through other terminals.

                Union officials said members had rejected an offer that would have raised pay by two percent, arguing that rising rents had eaten away at earnings.

                Managers said the offer was fair and that they hoped to return to the table before the end of the week.

                Subscribe to our newsletter

                """
            try Data(text.utf8).write(to: sub.appendingPathComponent("page-\(i).txt"))
        }
    }

    /// A workspace with `count` pages (places harbour, valley, capital, border, …) imported into
    /// `library.sqlite`, or nil without a built binary.
    static func imported(_ count: Int) throws -> (folder: URL, library: String)? {
        guard let folder = try workspace() else { return nil }
        try writePages(count, to: folder.appendingPathComponent("pages"))
        let library = folder.appendingPathComponent("library.sqlite").path
        let result = try run(["import", "--library", library, folder.appendingPathComponent("pages").path], in: folder)
        #expect(result.status == 0, "import: \(result.stderr)")
        return (folder, library)
    }

    /// A fresh temporary folder for a test that runs the built binary, or nil (with the reason
    /// printed) when `folio` has not been built.
    static func workspace() throws -> URL? {
        guard binary != nil else {
            print("skipped: build folio first (swift build --product folio)")
            return nil
        }
        return try temporaryFolder()
    }

    /// Creates in `folder` a file whose name is `prefix`, the byte 0xE9 (Latin-1 "é", not
    /// UTF-8), then `suffix`: a name a `String` path cannot spell.
    static func writeLatin1Named(_ folder: URL, _ prefix: String, _ suffix: String, contents: String) throws {
        let name = Array((folder.path + "/" + prefix).utf8) + [0xE9] + Array(suffix.utf8) + [0]
        let fd = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        }
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let bytes = Array(contents.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-e2e-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
