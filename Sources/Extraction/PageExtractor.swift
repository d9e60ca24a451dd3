/// Extraction: page bytes in, ``Article`` out.
///
/// This module is pure. It never reads files, opens databases or touches the terminal:
/// callers hand it bytes and a name, and get an article or a typed error back.
///
/// Text dumps go to ``TextPageParser``; HTML pages to ``HTMLPageParser``.
public enum PageExtractor {
    /// What a page is, by its name or its first bytes.
    public enum Format: String, Sendable, CaseIterable {
        case text, html
    }

    /// The result of extracting one page: the article and anything worth warning about.
    public struct Result: Sendable {
        public var article: Article
        public var warnings: [ExtractionWarning]
    }

    /// Pages larger than this are refused with ``ExtractionError/tooLarge(bytes:limit:)``.
    public static let maximumPageBytes = 64 << 20

    /// Guesses a page's format from its file name, then from its first bytes.
    public static func format(forPath path: String?, bytes: [UInt8]) -> Format {
        if let path {
            let lower = path.lowercased()
            let name = lower.hasSuffix(".gz") ? String(lower.dropLast(3)) : lower
            if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") { return .html }
            if name.hasSuffix(".txt") { return .text }
        }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<!doctype html") || head.contains("<html") ? .html : .text
    }
}

extension PageExtractor {
    /// Extracts the article from one page.
    ///
    /// - Parameters:
    ///   - bytes: the page as stored.
    ///   - path: the page's file name, used to pick the format and recorded as the source.
    ///   - format: overrides the guess from `path` and the bytes.
    ///   - lexicon: boilerplate phrases for the text parser (``NoiseLexicon/builtIn`` unless given).
    /// - Throws: ``ExtractionError`` when the page is empty, binary, too large or holds no article.
    public static func extract(
        _ bytes: [UInt8], path: String? = nil, format: Format? = nil, lexicon: NoiseLexicon = .builtIn
    ) throws(ExtractionError) -> Result {
        guard bytes.count <= maximumPageBytes else {
            throw .tooLarge(bytes: bytes.count, limit: maximumPageBytes)
        }
        if bytes.starts(with: [0x1F, 0x8B]) {
            let inflated = try Gunzip.inflate(bytes, limit: maximumPageBytes)
            if inflated.starts(with: [0x1F, 0x8B]) { throw .binary }
            return try extract(inflated, path: path, format: format, lexicon: lexicon)
        }
        let source = Article.Source(path: path)
        switch format ?? Self.format(forPath: path, bytes: bytes) {
        case .text:
            let decoded = try PageDecoder.decode(bytes)
            // The text parser's articles come out clean (it cleans the lines its scan flags).
            let article = try TextPageParser.parse(decoded.text, source: source, lexicon: lexicon)
            return Result(article: article, warnings: decoded.warnings)
        case .html:
            // libxml2 would drop ESC and BEL and leave the rest of each sequence as text.
            let result = try HTMLPageParser.parse(HTMLEscapeBytes.referenced(bytes), source: source)
            return Result(article: result.article.sanitized(), warnings: result.warnings)
        }
    }
}
