import CLibXML2

/// The one place libxml2's process-wide state is set up.
///
/// libxml2 2.9 must be initialised once before any thread parses: two threads creating
/// their first parser dictionaries at once crash inside libxml2 or deadlock in its mutexes
/// (about one `folio import` of HTML pages in ten did). Every entry point that calls into
/// libxml2 calls ``prepare()`` first; the work runs exactly once, on whichever thread comes
/// first, because Swift initialises a static stored property under `swift_once`.
enum LibXML2 {
    private static let initialised: Bool = {
        cxml_init()
        return true
    }()

    /// Initialises libxml2 for use from any thread, the first time it is called.
    static func prepare() {
        precondition(initialised)
    }
}
