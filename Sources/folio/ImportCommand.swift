import ArgumentParser
import Extraction
import Foundation
import Store

/// `folio import PATH…`: parse saved pages and store their articles in the library.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import saved pages (files or folders, recursively) into the library.",
        discussion: """
            Importing again is safe: unchanged files are skipped, an edited file updates its \
            article and keeps its marks, and the same article from two files is stored once. \
            On a terminal a progress bar shows; otherwise only the summary and each failure are \
            printed. The exit status is 1 when any file failed.
            """
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: "Page files or folders of pages (.txt, .html, .htm, .xhtml, each optionally .gz); hidden files are skipped.")
    var paths: [String]

    /// `lines` (benchmarks only): first line is the title, the rest the body; isolates the store's speed from the parser's.
    @Option(help: .hidden)
    var extractor: String = "page"

    /// Pages per write transaction (benchmarks; a kill loses at most one batch).
    @Option(help: .hidden)
    var batchSize: Int = 256

    /// Print the CPU time per page spent parsing and writing (benchmarks).
    @Flag(help: .hidden)
    var timings = false

    func validate() throws {
        if !["page", "lines"].contains(extractor) { throw ValidationError("--extractor is page or lines.") }
        if paths.isEmpty { throw ValidationError("Give at least one page file or folder.") }
    }

    func run() throws {
        let library = try libraryOptions.open(createIfMissing: true)
        let urls = paths.map { URL(fileURLWithPath: $0) }
        let warnings = PageWarnings()
        let extract = extractor == "lines" ? Self.linesExtractor : try Self.pageExtractor(warnings: warnings)
        // The bar goes to stderr, so `folio import … > log` keeps a clean summary and still shows progress.
        let bar = isatty(STDERR_FILENO) == 1 ? ProgressBar(total: Library.countFiles(urls)) : nil
        let summary: ImportSummary
        do {
            summary = try library.importFiles(urls, batchSize: max(1, batchSize), extract: extract) { bar?.update($0) }
        } catch {
            bar?.finish()
            throw CommandFailure(error.description)
        }
        bar?.finish()
        print(summary.description)
        if timings {
            let pages = Double(max(1, summary.processed))
            FileHandle.standardError.write(Data(String(
                format: "timings: parse CPU %.3f ms/page, write CPU %.3f ms/page (%d pages)\n",
                summary.parseCPUSeconds * 1000 / pages, summary.writeCPUSeconds * 1000 / pages, summary.processed).utf8))
        }
        for line in warnings.lines { ExtractCommand.report(line) }
        for failure in summary.failures {
            ConsoleText.report("folio: \(failure)")
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}

extension ImportCommand {
    /// The page parser with the bundled noise lexicon.
    ///
    /// - Throws: ``CommandFailure`` when the lexicon is missing.
    /// Extracts with the noise lexicon, collecting each page's warnings (a bad charset byte) to print by name.
    static func pageExtractor(warnings: PageWarnings) throws -> ArticleExtractor {
        let lexicon = try ExtractCommand.loadLexicon()
        return { bytes, path in
            let result = try PageExtractor.extract(bytes, path: path, lexicon: lexicon)
            warnings.add(result.warnings, path: path)
            return result.article
        }
    }

    /// The cheapest possible extractor, for measuring the store alone: lines, unsanitised.
    static let linesExtractor: ArticleExtractor = { bytes, path in
        let lines = bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        guard let title = lines.first else { throw ExtractionError.empty }
        return Article(title: title, body: lines.dropFirst().map { .init(.paragraph, $0) })
    }
}

/// Warnings about pages that were imported, gathered from the parser threads and printed
/// after the summary (so they never break the progress bar).
final class PageWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [String] = []

    func add(_ warnings: [ExtractionWarning], path: String) {
        guard !warnings.isEmpty else { return }
        lock.withLock { all += warnings.map { "\(path): warning: \($0)" } }
    }

    var lines: [String] { lock.withLock { all } }
}

/// A one-line progress bar on a terminal (stderr): count, rate and time left.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let start = Date()
    private let lock = NSLock()

    init(total: Int) { self.total = total }

    func update(_ summary: ImportSummary) {
        lock.withLock {
            let done = summary.processed
            let elapsed = max(Date().timeIntervalSince(start), 0.001)
            let rate = Double(done) / elapsed
            let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let left = rate > 0 ? Double(max(0, total - done)) / rate : 0
            let line = "\r\(bar) \(done)/\(total)  \(Int(rate)) pages/s  ETA \(Self.clock(left))  failed \(summary.failed)\u{1B}[K"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func finish() {
        lock.withLock { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? "\(s / 3600)h\(s % 3600 / 60)m" : "\(s / 60)m\(String(format: "%02d", s % 60))s"
    }
}
