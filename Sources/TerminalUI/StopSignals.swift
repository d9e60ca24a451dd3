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
    /// Slots for the actions `install` replaces.
    static func allocateSaved() -> UnsafeMutablePointer<sigaction> {
        UnsafeMutablePointer<sigaction>.allocate(capacity: Int(folio_signal_count()))
    }

    /// Installs the handlers (clearing any earlier stop request), saving the previous actions.
    static func install(saving saved: UnsafeMutablePointer<sigaction>) {
        folio_install_signal_handlers(saved)
    }

    /// Puts back the actions `install` saved.
    static func restore(_ saved: UnsafeMutablePointer<sigaction>) {
        folio_restore_signal_handlers(saved)
    }

    /// The stop signal received since `install`, if any.
    static var pending: Int32? {
        let signal = folio_stop_signal()
        return signal == 0 ? nil : signal
    }
}
