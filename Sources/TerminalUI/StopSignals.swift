import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reader's signal handlers, from the C shim.
///
/// SIGINT, SIGTERM and SIGHUP only ask the reader to stop (``Terminal/stopSignal``), so it can
/// save its session and restore the terminal on its normal way out; crash signals (and a second
/// stop request the reader did not act on) restore the terminal and die at once. SIGTSTP is left
/// to ncurses, which suspends on Ctrl-Z and repaints on `fg`.
///
/// This is the only Swift file that calls the shim's signal functions: the flag the handler sets
/// is a static in a C header, one copy per object file, so installing and reading it from one
/// file keeps both on the same copy.
enum StopSignals {
    /// What `install` replaces: the previous actions, and the installing thread's signal mask.
    struct Saved {
        let actions: UnsafeMutablePointer<sigaction>
        let mask: UnsafeMutablePointer<sigset_t>

        func deallocate() {
            actions.deallocate()
            mask.deallocate()
        }
    }

    /// Slots for what `install` replaces.
    static func allocateSaved() -> Saved {
        Saved(
            actions: UnsafeMutablePointer<sigaction>.allocate(capacity: Int(folio_signal_count())),
            mask: UnsafeMutablePointer<sigset_t>.allocate(capacity: 1)
        )
    }

    /// Installs the handlers (clearing any earlier stop request) and unblocks the stop signals on
    /// this thread, saving the previous actions and mask.
    static func install(saving saved: Saved) {
        folio_install_signal_handlers(saved.actions, saved.mask)
    }

    /// Puts back the actions and this thread's mask as `install` found them (call it on the
    /// thread that installed them).
    static func restore(_ saved: Saved) {
        folio_restore_signal_handlers(saved.actions, saved.mask)
    }

    /// The stop signal received since `install`, if any.
    static var pending: Int32? {
        let signal = folio_stop_signal()
        return signal == 0 ? nil : signal
    }
}
