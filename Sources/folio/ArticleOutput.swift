import Extraction

/// Renders articles for `folio extract`: JSON Lines, plain text or Markdown.
enum ArticleOutput {
    /// The output formats `folio extract` offers.
    enum Format: String, CaseIterable, Sendable {
        case json, text, markdown
    }

    /// One page in the chosen format, ending in a newline.
    static func render(_ article: Article, as format: Format, showNoise: Bool) -> String {
        switch format {
        case .json: return json(article)
        case .text: return text(article, showNoise: showNoise)
        case .markdown: return markdown(article, showNoise: showNoise)
        }
    }

    // MARK: - JSON

    /// One JSON object on one line, keys in a fixed order:
    /// `path, title, dek, date, section, authors, byline, bio, credit, body, noise`.
    static func json(_ a: Article) -> String {
        var out = "{"
        out.reserveCapacity(a.body.reduce(256) { $0 + $1.text.utf8.count + 8 })
        func key(_ k: String, first: Bool = false) {
            if !first { out += "," }
            out += "\"\(k)\":"
        }
        func value(_ s: String?) {
            if let s { appendQuoted(s, to: &out) } else { out += "null" }
        }
        func array(_ items: [String]) {
            out += "["
            for (i, s) in items.enumerated() {
                if i > 0 { out += "," }
                appendQuoted(s, to: &out)
            }
            out += "]"
        }
        key("path", first: true); value(a.source.path)
        key("title"); value(a.title)
        key("dek"); value(a.dek)
        key("date"); value(a.date)
        key("section"); value(a.section)
        key("authors"); array(a.authors)
        key("byline"); value(a.byline)
        key("bio"); value(a.bio)
        key("credit"); value(a.credit)
        key("body"); array(a.bodyText)
        key("noise"); array(a.noise)
        out += "}\n"
        return out
    }

    /// Appends `s` as a JSON string literal; non-ASCII stays as UTF-8.
    static func appendQuoted(_ s: String, to out: inout String) {
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(s.utf8.count + 2)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for b in s.utf8 {
            switch b {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x00..<0x20, 0x7F:
                bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
        out += String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Text and Markdown

    /// The title, a blank line, then the body paragraphs separated by blank lines.
    static func text(_ a: Article, showNoise: Bool) -> String {
        var parts = [a.title] + a.bodyText
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
