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
    ///
    /// The line is written into memory reserved for the worst case, then appended at once:
    /// a few hundred small appends per article cost more than the escaping.
    static func json(_ a: Article, into out: inout [UInt8]) {
        let strings = [a.source.path, a.title, a.dek, a.date, a.section, a.byline, a.bio, a.credit]
        var bound = 256
        for s in strings { bound += JSONWriter.bound(s) }
        for s in a.authors { bound += JSONWriter.bound(s) }
        for b in a.body { bound += JSONWriter.bound(b.text) }
        for s in a.noise { bound += JSONWriter.bound(s) }
        let line = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            var w = JSONWriter(buffer.baseAddress!)
            w.raw("{\"path\":"); w.string(a.source.path)
            w.raw(",\"title\":"); w.string(a.title)
            w.raw(",\"dek\":"); w.string(a.dek)
            w.raw(",\"date\":"); w.string(a.date)
            w.raw(",\"section\":"); w.string(a.section)
            w.raw(",\"authors\":"); w.array(a.authors)
            w.raw(",\"byline\":"); w.string(a.byline)
            w.raw(",\"bio\":"); w.string(a.bio)
            w.raw(",\"credit\":"); w.string(a.credit)
            // The body's blocks with or without captions, straight from the article (no filtered copies).
            w.raw(",\"body\":"); w.array(a.body.lazy.filter { $0.kind != .caption }.map(\.text))
            w.raw(",\"captions\":"); w.array(a.body.lazy.filter { $0.kind == .caption }.map(\.text))
            w.raw(",\"noise\":"); w.array(a.noise)
            w.raw("}\n")
            count = w.count
        }
        out.append(contentsOf: line)
    }

    /// The JSON line for one article, as a string (for tests and small callers).
    static func json(_ a: Article) -> String {
        var bytes: [UInt8] = []
        json(a, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal; non-ASCII stays as UTF-8.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(contentsOf: [UInt8](unsafeUninitializedCapacity: JSONWriter.bound(s)) { buffer, count in
            var w = JSONWriter(buffer.baseAddress!)
            w.string(s)
            count = w.count
        })
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
