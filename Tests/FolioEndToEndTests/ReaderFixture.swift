import Foundation
import Testing

/// A fixture library imported from `Fixtures/` with the real `folio import`, in its own
/// temporary folder (with its own `XDG_STATE_HOME`), plus the reader started on it under tmux.
struct ReaderFixture {
    let folio: String
    let tmux: String
    let folder: URL
    var library: String { folder.appendingPathComponent("library.sqlite").path }

    /// Titles of the fixture pages, newest first (the reader's default order).
    static let titles = [
        "Late frost threatens the apple",
        "cherry blossom crowds",
        "Harbour bridge reopens",
        "City library extends",
        "Terminal escapes stay on the",
    ]

    /// A fresh fixture, or nil (with the reason printed) when tmux is missing.
    static func make(_ label: String) throws -> ReaderFixture? {
        guard let tmux = ReaderProcess.tmux else {
            print("skipping \(label): tmux is not installed (CI installs it)")
            return nil
        }
        let folio = try #require(ReaderProcess.folio, "build folio first (swift build)")
        let folder = try ReaderProcess.temporaryDirectory(label)
        let fixture = ReaderFixture(folio: folio, tmux: tmux, folder: folder)
        let pages = try FileManager.default.contentsOfDirectory(atPath: ReaderProcess.fixtures.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { ReaderProcess.fixtures.appendingPathComponent($0).path }
        let imported = try fixture.folio(["import", "--library", fixture.library] + pages)
        try #require(imported.status == 0, "folio import failed: \(imported.stderr)")
        return fixture
    }

    /// The environment the reader runs with: private state folder, UTF-8, no stray library.
    var environment: [String: String] {
        ["XDG_STATE_HOME": folder.path, "HOME": folder.path, "LC_ALL": "C.UTF-8", "FOLIO_LIBRARY": library]
    }

    /// Runs a `folio` subcommand to completion.
    func folio(_ arguments: [String]) throws -> ReaderProcess.Result {
        try ReaderProcess.run(folio, arguments, environment: environment)
    }

    /// Starts the reader in a `width` × `height` tmux window and waits for its first list.
    func startReader(width: Int = 120, height: Int = 40, extraEnvironment: [String: String] = [:]) throws -> ReaderTmux {
        let session = try ReaderTmux(
            tmux: tmux, width: width, height: height, command: [folio, "--library", library],
            environment: environment.merging(extraEnvironment) { $1 }
        )
        if session.waitFor("articles") == nil {
            session.kill()
            Issue.record("the reader never showed its status line")
        }
        return session
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
