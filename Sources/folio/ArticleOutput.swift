import Extraction

/// Renders articles for `folio extract`: JSON Lines, plain text or Markdown.
enum ArticleOutput {
    /// The output formats `folio extract` offers.
    enum Format: String, CaseIterable, Sendable {
        case json, text, markdown
    }

    /// Appends one page in the chosen format, ending in a newline, to `out`.
    static func render(_ article: Article, as format: Format, showNoise: Bool, into out: inout [UInt8]) {
        switch format {
        case .json: json(article, into: &out)
        case .text: out.append(contentsOf: text(article, showNoise: showNoise).utf8)
        case .markdown: out.append(contentsOf: markdown(article, showNoise: showNoise).utf8)
        }
    }

    // MARK: - JSON

    /// One JSON object on one line, keys in a fixed order:
    /// `path, title, dek, date, section, authors, byline, bio, credit, body, captions, noise`.
    /// `body` holds the article's paragraphs (headings, list items and quotes included) without
    /// figure captions, which go to `captions`: a caption belongs beside a picture, not in the text.
    static func json(_ a: Article, into out: inout [UInt8]) {
        func key(_ k: StaticString, first: Bool = false) {
            if !first { out.append(0x2C) }
            out.append(0x22)
            k.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(contentsOf: [0x22, 0x3A])
        }
        func value(_ s: String?) {
            if let s { appendQuoted(s, to: &out) } else { out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
        }
        func array(_ items: [String]) {
            out.append(0x5B)
            for (i, s) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                appendQuoted(s, to: &out)
            }
            out.append(0x5D)
        }
        // The body's blocks with or without captions, straight from the article (no filtered copies).
        func blocks(captions: Bool) {
            out.append(0x5B)
            var first = true
            for block in a.body where (block.kind == .caption) == captions {
                if !first { out.append(0x2C) }
                first = false
                appendQuoted(block.text, to: &out)
            }
            out.append(0x5D)
        }
        out.append(0x7B)
        key("path", first: true); value(a.source.path)
        key("title"); value(a.title)
        key("dek"); value(a.dek)
        key("date"); value(a.date)
        key("section"); value(a.section)
        key("authors"); array(a.authors)
        key("byline"); value(a.byline)
        key("bio"); value(a.bio)
        key("credit"); value(a.credit)
        key("body"); blocks(captions: false)
        key("captions"); blocks(captions: true)
        key("noise"); array(a.noise)
        out.append(contentsOf: [0x7D, 0x0A])
    }

    /// The JSON line for one article, as a string (for tests and small callers).
    static func json(_ a: Article) -> String {
        var bytes: [UInt8] = []
        json(a, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `s` as a JSON string literal; non-ASCII stays as UTF-8.
    ///
    /// Bytes are checked eight at a time and copied in runs: extracted text has few bytes to escape,
    /// and most strings go out in one copy.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            let n = bytes.count
            var runStart = 0
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let w = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    if !wordNeedsEscape(w) {
                        i += 8
                        continue
                    }
                }
                let b = bytes[i]
                if needsEscape(b) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    switch b {
                    case 0x22: out.append(contentsOf: [0x5C, 0x22])
                    case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                    case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                    case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                    case 0x09: out.append(contentsOf: [0x5C, 0x74])
                    default: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                    }
                    runStart = i + 1
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(0x22)
    }

    /// Whether any of the eight bytes in `w` needs escaping (`"`, `\\`, a control, DEL).
    @inline(__always)
    private static func wordNeedsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func equal(_ b: UInt8) -> UInt64 {
            let x = w ^ (ones &* UInt64(b))
            return ~(((x & ~highs) &+ ~highs) | x) & highs
        }
        // Bytes below 0x20: ASCII bytes whose value minus 0x20 borrows.
        let controls = ~(((w & ~highs) | highs) &- ones &* 0x20) & ~w & highs
        return (equal(0x22) | equal(0x5C) | equal(0x7F) | controls) != 0
    }

    @inline(__always)
    private static func needsEscape(_ b: UInt8) -> Bool {
        b == 0x22 || b == 0x5C || b < 0x20 || b == 0x7F
    }

    // MARK: - Text and Markdown

    /// The title, a blank line, then the body paragraphs (captions left out) separated by blank lines.
    static func text(_ a: Article, showNoise: Bool) -> String {
        var parts = [a.title] + a.body.filter { $0.kind != .caption }.map(\.text)
        if showNoise && !a.noise.isEmpty {
            parts.append("--- noise ---\n" + a.noise.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    static func markdown(_ a: Article, showNoise: Bool) -> String {
        var parts: [String] = ["# " + a.title]
        if let dek = a.dek { parts.append("*" + dek + "*") }
        let meta = [a.authors.isEmpty ? nil : "By " + a.authors.joined(separator: ", "), a.byline, a.date, a.section]
            .compactMap { $0 }
        if !meta.isEmpty { parts.append(meta.joined(separator: " · ")) }
        if let credit = a.credit { parts.append("_" + credit + "_") }
        for block in a.body {
            switch block.kind {
            case .heading: parts.append("## " + block.text)
            case .listItem: parts.append("- " + block.text)
            case .quote: parts.append("> " + block.text)
            case .preformatted: parts.append("```\n" + block.text + "\n```")
            case .caption: parts.append("_" + block.text + "_")
            case .paragraph: parts.append(block.text)
            }
        }
        if let bio = a.bio { parts.append("---\n\n_" + bio + "_") }
        if showNoise && !a.noise.isEmpty {
            parts.append("## Noise\n\n" + a.noise.map { "> " + $0 }.joined(separator: "\n>\n"))
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
