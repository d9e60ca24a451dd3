import Foundation

/// Runs work that a keypress should cut short: while it runs, a second thread waits for input
/// on standard input and, when some arrives, calls `interrupt` (which makes the work throw),
/// again every few milliseconds until the work ends.
///
/// The reader does its slow background work (a common word's counts, the rest of a window)
/// on its own thread between keys; a key typed meanwhile would wait for work it may not need.
///
/// ```swift
/// let (result, cut) = InputWatch.run(interrupt: library.interrupt) { try library.counts(matching: f) }
/// ```
enum InputWatch {
    /// Runs `body`; returns its result and whether input arrived on `descriptor` (and
    /// `interrupt` was called).
    static func run<T>(
        watching descriptor: Int32 = STDIN_FILENO, interrupt: @escaping @Sendable () -> Void, _ body: () -> T
    ) -> (T, interrupted: Bool) {
        let watch = Watch()
        let thread = Thread {
            // Signals are the main thread's business: a SIGTSTP or SIGWINCH handler run here
            // would touch curses while the main thread paints.
            var all = sigset_t()
            sigfillset(&all)
            pthread_sigmask(SIG_BLOCK, &all, nil)
            Thread.current.name = threadName  // named from inside: Linux names only the running thread
            var input = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            while !watch.isDone, poll(&input, 1, Int32(Watch.pollMilliseconds)) <= 0 {}
            // SQLite forgets an interrupt that comes while no statement runs (before the work's
            // first one, or between two): repeat it until the work ends.
            while watch.fire(interrupt) { usleep(UInt32(Watch.pollMilliseconds) * 1000) }
        }
        thread.start()
        let result = body()
        return (result, watch.finish())
    }

    /// The watching thread's name (as `/proc/self/task/*/comm` shows it).
    static let threadName = "InputWatch"

    /// The flags the two threads share.
    private final class Watch: @unchecked Sendable {
        /// How often the watching thread looks whether the work is done, and repeats an interrupt.
        static let pollMilliseconds = 5
        private let lock = NSLock()
        private var done = false
        private var fired = false

        var isDone: Bool { lock.withLock { done } }

        /// Records that input arrived and calls `interrupt`; returns false, without calling it,
        /// once the work has finished.
        ///
        /// The call is made under the lock, so `finish` waits for it: an interrupt that came
        /// after the work returned would cut whatever query the reader runs next (a mark's write).
        func fire(_ interrupt: () -> Void) -> Bool {
            lock.withLock {
                guard !done else { return false }
                fired = true
                interrupt()
                return true
            }
        }

        /// Ends the watch (no interrupt comes after it); returns whether it fired while the work ran.
        func finish() -> Bool {
            lock.withLock {
                done = true
                return fired
            }
        }
    }
}
