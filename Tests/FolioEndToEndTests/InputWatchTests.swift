import Foundation
import Testing
@testable import folio

/// Background work in the reader is cut short by input, and only by input.
@Suite struct InputWatchTests {
    /// Set by the interrupt, read by the work, as SQLite's interrupt flag would be.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }

    @Test func inputWaitingInterruptsTheWork() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        #expect(write(ends[1], "j", 1) == 1)
        let flag = Flag()
        let (stopped, interrupted) = InputWatch.run(watching: ends[0], interrupt: flag.set) {
            // Work that runs until interrupted (or gives up after 10 s).
            let deadline = Date().addingTimeInterval(10)
            while !flag.isSet && Date() < deadline { usleep(1000) }
            return flag.isSet
        }
        #expect(stopped && interrupted)
    }

    @Test func workThatEndsBeforeAnyInputIsNotInterrupted() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let flag = Flag()
        let (result, interrupted) = InputWatch.run(watching: ends[0], interrupt: flag.set) { 42 }
        #expect(result == 42 && !interrupted)
        #expect(write(ends[1], "j", 1) == 1)  // input after the work: nobody is interrupted
        usleep(20_000)
        #expect(!flag.isSet)
    }

    /// The reader runs its next query (a mark, the key's rows) as soon as the work returns: an
    /// interrupt still under way then would cut that query instead (SQLite interrupts whatever
    /// the connection runs). So once `run` returns, no interrupt is running or yet to come.
    @Test func noInterruptLandsAfterTheWorkHasReturned() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let started = Flag(), finished = Flag()
        let (_, interrupted) = InputWatch.run(watching: ends[0], interrupt: {
            started.set()
            usleep(100_000)  // a slow interrupt: the watching thread losing the CPU at the wrong moment
            finished.set()
        }) {
            #expect(write(ends[1], "j", 1) == 1)
            // Work that ends on its own just as the interrupt begins.
            let deadline = Date().addingTimeInterval(10)
            while !started.isSet && Date() < deadline { usleep(1000) }
        }
        #expect(interrupted)
        #expect(finished.isSet, "the interrupt was still running after the work had returned")
    }

    /// SQLite forgets an interrupt that comes while no statement runs (before the work's first
    /// one, or between two): the next statement clears it. Input waiting must still cut the work.
    @Test func anInterruptTheWorkForgetsIsRepeated() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        #expect(write(ends[1], "j", 1) == 1)  // a key already typed as the work starts
        let flag = Flag(), cleared = Flag()
        let (stopped, interrupted) = InputWatch.run(watching: ends[0], interrupt: { if cleared.isSet { flag.set() } }) {
            usleep(20_000)  // opening the transaction: no statement runs yet
            cleared.set()  // the statement starts and clears any earlier interrupt
            let deadline = Date().addingTimeInterval(5)
            while !flag.isSet && Date() < deadline { usleep(1000) }
            return flag.isSet
        }
        #expect(interrupted)
        #expect(stopped, "the work ran on although input was waiting")
    }
}

/// The watching thread takes no signal: a handler run there (ncurses' SIGTSTP or SIGWINCH)
/// would race the main thread's painting.
@Suite struct InputWatchSignalTests {
    /// The blocked-signal mask of this process's thread named `name`, from `/proc`, if found.
    static func blockedSignals(ofThreadNamed name: String) -> UInt64? {
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task") else { return nil }
        for task in tasks {
            let comm = (try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8)) ?? ""
            guard comm.trimmingCharacters(in: .whitespacesAndNewlines) == name,
                  let status = try? String(contentsOfFile: "/proc/self/task/\(task)/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigBlk:") })
            else { continue }
            return UInt64(line.dropFirst("SigBlk:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        }
        return nil
    }

    @Test func theWatchingThreadBlocksTheSignalsTheReaderHandles() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        // Given a caller that takes these signals, as the reader's main thread does
        let signals = [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH, SIGCONT]
        var open = sigset_t(), before = sigset_t()
        sigemptyset(&open)
        for signal in signals { sigaddset(&open, signal) }
        pthread_sigmask(SIG_UNBLOCK, &open, &before)
        defer { pthread_sigmask(SIG_SETMASK, &before, nil) }
        // When work runs under a watch
        let (mask, _) = InputWatch.run(watching: ends[0], interrupt: {}) { () -> UInt64? in
            let deadline = Date().addingTimeInterval(10)
            var mask: UInt64?
            repeat {
                mask = Self.blockedSignals(ofThreadNamed: InputWatch.threadName)
                if let mask, signals.allSatisfy({ mask & (1 << UInt64($0 - 1)) != 0 }) { break }
                usleep(1000)
            } while Date() < deadline
            return mask
        }
        // Then the watching thread has them all blocked
        let blocked = try #require(mask, "no thread named \(InputWatch.threadName)")
        for signal in signals { #expect(blocked & (1 << UInt64(signal - 1)) != 0, "signal \(signal)") }
    }
}
