#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TerminalUI

/// The reader's signal handlers leave the process as they found it.
@Suite struct StopSignalsTests {
    /// Whether `signal` is blocked on this thread.
    static func isBlocked(_ signal: Int32) -> Bool {
        var mask = sigset_t()
        pthread_sigmask(SIG_BLOCK, nil, &mask)
        return sigismember(&mask, signal) == 1
    }

    @Test func restoringPutsBackTheMaskOfTheThreadThatInstalled() {
        // Given a thread started with SIGHUP and SIGTERM blocked (a careless parent) and SIGINT not
        var change = sigset_t(), before = sigset_t()
        sigemptyset(&change)
        sigaddset(&change, SIGHUP)
        sigaddset(&change, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &change, &before)
        sigemptyset(&change)
        sigaddset(&change, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &change, nil)
        defer { pthread_sigmask(SIG_SETMASK, &before, nil) }
        // When the handlers are installed
        let saved = StopSignals.allocateSaved()
        defer { saved.deallocate() }
        StopSignals.install(saving: saved)
        // Then the stop signals are unblocked
        #expect(!Self.isBlocked(SIGHUP) && !Self.isBlocked(SIGTERM) && !Self.isBlocked(SIGINT))
        // When they are restored
        StopSignals.restore(saved)
        // Then the thread's mask is as it was
        #expect(Self.isBlocked(SIGHUP) && Self.isBlocked(SIGTERM))
        #expect(!Self.isBlocked(SIGINT))
    }
}
