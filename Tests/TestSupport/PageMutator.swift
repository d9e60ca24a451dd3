import Foundation

/// A seeded mutation fuzzer for pages: hostile variants of the samples and fixtures.
///
/// The same seed gives the same pages. The mutations are those of `Benchmarks/fuzz_pages.py`
/// (the long run against the release binary); keep the two lists in step. Here sizes stay
/// small (repeats and nesting up to ``maximumRepeat``) so a test slice runs in seconds.
public struct PageMutator {
    /// A page to start from and whether it is HTML.
    public struct Seed: Sendable {
        public var bytes: [UInt8]
        public var isHTML: Bool
    }

    /// A mutated page: its file name (which picks the parser) and its bytes.
    public struct Page: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public var isHTML: Bool { name.contains(".htm") }
    }

    /// The largest repeat count or nesting depth used.
    public static let maximumRepeat = 3000

    public let seeds: [Seed]
    private var rng: SeededGenerator

    public init(seeds: [Seed], seed: UInt64) {
        precondition(!seeds.isEmpty, "no seed pages")
        self.seeds = seeds
        self.rng = SeededGenerator(seed: seed)
    }

    /// The `.txt` and `.html` (and `.html.gz`) pages in `Resources/samples` and every
    /// `Tests/*/Fixtures` folder of the package at `repository`, crashers excluded.
    public static func seedPages(repository: URL) -> [Seed] {
        let files = FileManager.default
        let folders = [repository.appendingPathComponent("Resources/samples")]
            + ((try? files.contentsOfDirectory(atPath: repository.appendingPathComponent("Tests").path)) ?? []).sorted()
            .map { repository.appendingPathComponent("Tests/\($0)/Fixtures") }
        var seeds: [Seed] = []
        for folder in folders {
            guard let walker = files.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker.allObjects.compactMap({ $0 as? URL }).sorted(by: { $0.path < $1.path })
            where !url.path.contains("/crashers/") {
                let name = url.lastPathComponent
                guard name.hasSuffix(".txt") || name.hasSuffix(".html"), let data = try? Data(contentsOf: url) else { continue }
                seeds.append(Seed(bytes: [UInt8](data), isHTML: name.hasSuffix(".html")))
            }
        }
        return seeds
    }

    /// The next page, named `page-INDEX.txt` or `.html` after the seed it came from (sometimes the other way round).
    public mutating func page(_ index: Int) -> Page {
        let seed = seeds[Int.random(in: 0..<seeds.count, using: &rng)]
        var bytes = seed.bytes
        for _ in 0..<Int.random(in: 1...6, using: &rng) { bytes = mutateOnce(bytes) }
        let html = Int.random(in: 0..<20, using: &rng) == 0 ? !seed.isHTML : seed.isHTML
        return Page(name: String(format: "page-%06d.%@", index, html ? "html" : "txt"), bytes: bytes)
    }

    // MARK: - Mutations

    private mutating func mutateOnce(_ page: [UInt8]) -> [UInt8] {
        guard !page.isEmpty else { return Array(seeds[0].bytes.prefix(100)) }
        let at = Int.random(in: 0...page.count, using: &rng)
        let span = Int.random(in: 1...max(1, min(400, page.count / 4 + 1)), using: &rng)
        let end = min(page.count, at + span)
        func insert(_ piece: [UInt8]) -> [UInt8] { Array(page[..<at]) + piece + page[at...] }
        switch Int.random(in: 0..<14, using: &rng) {
        case 0: return flipBytes(page)
        case 1: return insert((0..<Int.random(in: 1...4, using: &rng)).flatMap { _ in pick(Self.escapes) })
        case 2: return insert(Array((0..<Int.random(in: 1...8, using: &rng)).map { _ in pick(Self.spaces) }.joined().utf8))
        case 3: return lineEnds(page, at: at)
        case 4: return insert(pick(Self.invalidUTF8))
        case 5: return Array(page[..<at] + page[end...])
        case 6: return Array(page[..<end]) + (0..<Int.random(in: 1...20, using: &rng)).flatMap { _ in page[at..<end] } + page[end...]
        case 7:
            let other = pick(seeds).bytes
            let start = Int.random(in: 0..<max(1, other.count), using: &rng)
            return insert(Array(other[min(start, other.count)..<min(other.count, start + Int.random(in: 1...2000, using: &rng))]))
        case 8: return Array(page[..<at])
        case 9: return insert(hugeRepeat(page))
        case 10: return insert(deepNesting())
        case 11: return charsetDeclaration(page, at: at)
        case 12: return insert([UInt8](repeating: 0, count: Int.random(in: 1...8, using: &rng)))
        default:
            let control = pick(Self.escapes)
            return insert(Array("<img alt=\"".utf8) + control + Array("\"><meta property=\"og:title\" content=\"".utf8) + control + Array("\">".utf8))
        }
    }

    private mutating func pick<T>(_ list: [T]) -> T { list[Int.random(in: 0..<list.count, using: &rng)] }

    private mutating func flipBytes(_ page: [UInt8]) -> [UInt8] {
        var out = page
        for _ in 0..<Int.random(in: 1...16, using: &rng) {
            let i = Int.random(in: 0..<out.count, using: &rng)
            out[i] = Bool.random(using: &rng) ? UInt8.random(in: 0...255, using: &rng) : out[i] ^ (1 << UInt8.random(in: 0..<8, using: &rng))
        }
        return out
    }

    private mutating func lineEnds(_ page: [UInt8], at: Int) -> [UInt8] {
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: return page.map { $0 == 0x0A ? 0x0D : $0 }
        case 1: return page.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        default: return Array(page[..<at]) + [UInt8](repeating: 0x0D, count: Int.random(in: 1...3, using: &rng)) + page[at...]
        }
    }

    private mutating func count() -> Int {
        pick([10, 100, 1000, Int.random(in: 1...Self.maximumRepeat, using: &rng)])
    }

    private mutating func hugeRepeat(_ page: [UInt8]) -> [UInt8] {
        let n = count()
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
            let attributes = Bool.random(using: &rng) ? (0..<n).map { " a\($0)=x" }.joined() : String(repeating: " a=\"x\"", count: n)
            return Array("<div\(attributes)>words</div>".utf8)
        case 1: return Array(repeatElement(pick(Self.tags), count: n).joined())
        case 2: return Array("<a href=\"\(String(repeating: "x", count: n * 10))\">link</a>".utf8)
        default: return Array(repeatElement(page.prefix(Int.random(in: 1...64, using: &rng)), count: min(n, 2000)).joined())
        }
    }

    private mutating func deepNesting() -> [UInt8] {
        let n = count()
        let (open, close) = pick([("<div>", "</div>"), ("<b>", "</b>"), ("<blockquote>", "</blockquote>"), ("<ul><li>", ""), ("<table><tr><td>", "")])
        let closing = Bool.random(using: &rng) ? String(repeating: close, count: n) : ""
        return Array((String(repeating: open, count: n) + "deep words" + closing).utf8)
    }

    private mutating func charsetDeclaration(_ page: [UInt8], at: Int) -> [UInt8] {
        let name = pick(Self.charsets)
        let declaration = pick(["<meta charset=\"\(name)\">", "<meta charset=\(name)>",
                                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(name)\">",
                                "<?xml version=\"1.0\" encoding=\"\(name)\"?>"])
        let head = Array("<head>".utf8)
        let headEnd = page.indices.first { page[$0...].starts(with: head) }.map { $0 + head.count }
        let place = Int.random(in: 0..<10, using: &rng) < 3 ? 0 : (headEnd ?? at)
        return Array(page[..<place]) + Array(declaration.utf8) + page[place...]
    }

    // MARK: - Pieces

    static let escapes: [[UInt8]] = [
        "\u{1B}[31m", "\u{1B}[2J\u{1B}[H", "\u{1B}[", "\u{1B}[0;1;38;5;196m", "\u{1B}]0;PWNED\u{07}", "\u{1B}]52;c;QUFB\u{07}",
        "\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "\u{1B}P+q\u{1B}\\", "\u{1B}Punterminated", "\u{1B}]0;unterminated",
        "\u{1B}X", "\u{1B}^", "\u{1B}_", "\u{1B}", "\u{07}", "\u{08}\u{08}\u{08}", "\u{7F}",
        "\u{9B}31m", "\u{9D}0;T\u{9C}", "\u{90}", "\u{98}", "\u{9E}", "\u{9F}", "\u{85}",
        "\u{202E}", "\u{202D}", "\u{2066}", "\u{2069}", "\u{200F}", "\u{061C}", "&#x1b;[31m", "&#27;]0;T&#7;",
        "&#x9b;", "&#155;", "&#0;", "&#xD800;", "&#x202E;", "&#1114112;",
    ].map { Array($0.utf8) } + [[0x9B], [0x9D]]
    static let spaces = ["\u{A0}", "\u{2007}", "\u{2009}", "\u{200B}", "\u{200D}", "\u{2028}", "\u{2029}", "\u{3000}",
                         "\u{FEFF}", "\u{1680}", "\u{180E}", "\u{205F}", "\u{AD}", "\u{34F}"]
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xFE, 0xFF], [0xC0, 0x80], [0xC3], [0x80], [0xBF, 0xBF], [0xE2, 0x82],
                                         [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
                                         [0xE3, 0x81], [0xF0, 0x9F, 0x98]]
    static let charsets = ["shift_jis", "euc-jp", "gb18030", "big5", "iso-2022-jp", "utf-7", "ucs-4", "utf-32", "utf-16",
                           "utf-16le", "hz-gb-2312", "koi8-r", "windows-1252", "iso-8859-8", "x-user-defined", "ebcdic-us",
                           "bogus-charset", "utf-8", "", "\u{1B}[31m"]
    static let tags: [[UInt8]] = ["<div>", "<p>x</p>", "<b>", "<a href=x>", "<span class=c>", "<li>", "<table><tr><td>",
                                  "<br>", "<!-- c -->", "<![CDATA[", "<script>", "<p>", "&amp;", "<i>a</i>"].map { Array($0.utf8) }
}
