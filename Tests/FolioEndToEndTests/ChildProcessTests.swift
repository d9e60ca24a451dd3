import Foundation
import Testing
@testable import folio

/// Programs started by the reader (a browser, `xdg-open`) get only their standard streams.
@Suite struct ChildProcessTests {
    @Test func aChildGetsNoDescriptorBeyondItsStreams() throws {
        // Given a descriptor this process holds open without close-on-exec (as a library, a
        // trace file or a careless dependency might)
        let inherited = open("/dev/null", O_RDONLY)
        try #require(inherited >= 3)
        defer { close(inherited) }
        let listing = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-child-fds-\(UUID().uuidString)").path
        defer { unlink(listing) }
        // When a child started by ChildProcess lists the descriptors it was started with (its
        // shell's, since `ls` opens the directory it lists)
        let streams = [
            ChildProcess.Stream(fd: 0, path: "/dev/null", flags: O_RDONLY),
            ChildProcess.Stream(fd: 1, path: listing, flags: O_WRONLY | O_CREAT | O_TRUNC),
            ChildProcess.Stream(fd: 2, path: "/dev/null", flags: O_WRONLY),
        ]
        let pid = try ChildProcess.spawn(["/bin/sh", "-c", "ls /proc/$$/fd"], streams: streams)
        var status: Int32 = 0
        #expect(waitpid(pid, &status, 0) == pid)
        // Then it has only 0, 1 and 2
        let names = try String(contentsOfFile: listing, encoding: .utf8).split(separator: "\n").sorted()
        #expect(names == ["0", "1", "2"])
    }
}
