/// What every extraction must do, whatever the bytes: return an article whose every field is
/// clean, or throw an ``ExtractionError`` whose message is clean and not empty. Anything else
/// traps, and libFuzzer keeps the input that made it trap.
///
/// Compiled into the page targets together with `Sources/Extraction` (see `build.sh`).
enum PageCheck {
    /// Extracts `size` bytes at `data` as `format` and traps on a broken promise.
    static func run(_ data: UnsafePointer<UInt8>, _ size: Int, as format: PageExtractor.Format) {
        let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
        do {
            let result = try PageExtractor.extract(bytes, format: format)
            let article = result.article
            check(!article.body.isEmpty, "an article with no body")
            for field in fields(article) + result.warnings.map(\.description) {
                check(TextSanitizer.isClean(field), "a control character in \(field.debugDescription)")
            }
        } catch {
            let message = error.description
            check(!message.isEmpty && TextSanitizer.isClean(message), "a bad message: \(message.debugDescription)")
        }
    }

    /// Traps with `message` when `condition` is false (`precondition` drops its message under `-O`).
    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }

    /// Every string field of `article`.
    static func fields(_ a: Article) -> [String] {
        [a.title, a.dek, a.date, a.dateText, a.section, a.byline, a.bio, a.credit, a.language,
         a.source.path, a.source.url, a.source.site].compactMap { $0 } + a.authors + a.bodyText + a.noise
    }
}
