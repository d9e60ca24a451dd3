import ArgumentParser
import Extraction
import FolioResources
import Foundation
import Store

/// `folio extract PATH…`: parse saved pages and print their articles without storing them.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article in each saved page, without storing it.",
        discussion: """
            Folders are walked recursively for .txt, .html, .htm and .xhtml pages (and .gz of them); \
            a file named explicitly is always tried. Problems are reported on stderr per file; \
            the exit status is 1 when any file failed.
            """
    )

    @Argument(help: "Page files or folders of pages.")
    var paths: [String]

    @Option(help: "Output format: json (JSON Lines, one object per page), text or markdown.")
    var format: OutputFormat = .json

    @Flag(help: "Also print the lines judged noise (text and markdown; JSON always has them).")
    var showNoise = false

    @Flag(help: .hidden)
    var explain = false

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, text, markdown
    }

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one page file or folder.") }
    }

    func run() throws {
        let lexicon = try Self.loadLexicon()
        let output = ArticleOutput.Format(rawValue: format.rawValue) ?? .json
        var out = OutputBuffer()
        var failed = 0
        var first = true
        for entry in PageFiles.expand(paths) {
            switch entry {
            case let .failure(error):
                failed += 1
                Self.report(error.description)
            case let .success(path):
                do {
                    let bytes = try PageFiles.read(path)
                    if explain {
                        let text = try PageDecoder.decode(bytes).text
                        out.write(TextPageParser.explain(text, lexicon: lexicon).joined(separator: "\n") + "\n")
                        continue
                    }
                    let result = try PageExtractor.extract(bytes, path: path, lexicon: lexicon)
                    for warning in result.warnings { Self.report("\(path): warning: \(warning)") }
                    if !first && output != .json { out.write("\n") }
                    first = false
                    out.append { ArticleOutput.render(result.article, as: output, showNoise: showNoise, into: &$0) }
                } catch let error as PageFiles.ReadError {
                    failed += 1
                    Self.report(error.description)
                } catch let error as ExtractionError {
                    failed += 1
                    Self.report("\(path): \(error)")
                } catch {
                    failed += 1
                    Self.report("\(path): \(error)")
                }
            }
        }
        out.flush()
        if failed > 0 { throw ExitCode(1) }
    }

    /// Every bundled lexicon merged with the built-in one.
    ///
    /// - Throws: ``CommandFailure`` when no lexicon is found: without it pages keep their noise
    ///   (share bars, cookie notices) in the body, so extraction does not go ahead in silence.
    static func loadLexicon() throws -> NoiseLexicon {
        var lexicon = NoiseLexicon.builtIn
        var found = 0
        if let dir = FolioResources.directory?.appendingPathComponent("lexicon"),
           let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) {
            for name in names.sorted() where name.hasSuffix(".txt") {
                if let text = FolioResources.lexicon(named: String(name.dropLast(4))) {
                    lexicon = lexicon.merging(NoiseLexicon(text: text))
                    found += 1
                }
            }
        }
        guard found > 0 else { throw CommandFailure(Self.missingResources("the noise lexicon (lexicon/*.txt)")) }
        return lexicon
    }

    /// Says which resource is missing, every folder searched, and how to fix it.
    static func missingResources(_ what: String) -> String {
        let places = FolioResources.searchedFolders.map { "  " + $0.path }.joined(separator: "\n")
        return """
            folio cannot find \(what); it looked in:
            \(places)
            Set FOLIO_RESOURCES to a folder holding lexicon/ and samples/ (the source tree's \
            Resources/), or reinstall with `make install PREFIX=…`.
            """
    }

    /// Writes `message` to stderr, cleaned: it names files, and a file name may hold escape sequences.
    static func report(_ message: String) {
        ConsoleText.report("folio: " + ConsoleText.field(message))
    }
}

/// Collects output and writes it to stdout in large chunks.
struct OutputBuffer {
    private var bytes: [UInt8] = []

    mutating func write(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        if bytes.count >= 1 << 16 { flush() }
    }

    mutating func append(_ render: (inout [UInt8]) -> Void) {
        render(&bytes)
        if bytes.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}
