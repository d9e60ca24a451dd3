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
    /// The signal mask of the thread that last called ``record()``.
    final class SeenMask: @unchecked Sendable {
        private let lock = NSLock()
        private var value: sigset_t?
        func record() {
            var mask = sigset_t()
            pthread_sigmask(SIG_BLOCK, nil, &mask)
            lock.withLock { value = mask }
        }
        var mask: sigset_t? { lock.withLock { value } }
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
        // When input arrives during work under a watch (the interrupt runs on the watching thread,
        // which records its own mask: no thread lookup by name in /proc, which a busy full test
        // run once missed for ten seconds)
        let seen = SeenMask()
        #expect(write(ends[1], "j", 1) == 1)
        _ = InputWatch.run(watching: ends[0], interrupt: { seen.record() }) {
            let deadline = Date().addingTimeInterval(30)
            while seen.mask == nil && Date() < deadline { usleep(1000) }
        }
        // Then the watching thread has them all blocked
        var blocked = try #require(seen.mask, "the interrupt never ran on the watching thread")
        for signal in signals { #expect(sigismember(&blocked, signal) == 1, "signal \(signal)") }
    }
}
