#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The reader on a library it may only read.
@Suite struct ReaderReadOnlyLibraryTests {
    /// Run as `nobody` when the tests run as root, since root ignores permissions.
    @Test("The reader opens a read-only library and says on its status line that a mark cannot be saved",
          .enabled(if: FolioRun.canTestPermissions))
    func theReaderReadsAReadOnlyLibrary() throws {
        guard let fixture = try ReaderFixture.make("read-only") else { return }
        defer { fixture.remove() }
        let locked = fixture.folder.appendingPathComponent("locked")
        let state = fixture.folder.appendingPathComponent("state")
        for folder in [locked, state] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let library = locked.appendingPathComponent("library.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.library, toPath: library)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: library)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: state.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }

        var command = [fixture.folio, "--library", library]
        if geteuid() == 0, let setpriv = FolioRun.setpriv {
            command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        let environment = fixture.environment.merging(["XDG_STATE_HOME": state.path, "HOME": state.path]) { $1 }
        let session = try ReaderTmux(tmux: fixture.tmux, width: 220, height: 30, command: command, environment: environment)
        defer { session.kill() }
        #expect(session.waitFor("5 articles") != nil, "the reader did not open:\n\(session.screen())")
        session.send("s")
        let shown = session.waitFor("Could not save the mark")
        #expect(shown?.contains("is read-only, so marks") == true, "\(shown ?? session.screen())")
        #expect(FileManager.default.isReadableFile(atPath: library))
    }
}
